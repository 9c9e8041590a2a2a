package io.blueprint.web.api.measurement;

import io.blueprint.web.measurement.ImportOptions;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a file import, the same for each kind of measured data. */
public class FileImportParameters {

    @Parameter(name = "service", in = ParameterIn.QUERY, required = true, description = "The service's number")
    @QueryParam("service")
    Long service;

    @Parameter(name = "source", in = ParameterIn.QUERY, required = true, description = "The source's name; its saved mapping applies")
    @QueryParam("source")
    String source;

    @Parameter(name = "mode", in = ParameterIn.QUERY, schema = @Schema(enumeration = {"partial", "atomic"}))
    @QueryParam("mode")
    @DefaultValue("partial")
    String mode;

    @Parameter(name = "zone", in = ParameterIn.QUERY, description = "Zone of times without an offset (default: the company's)",
            example = "Asia/Seoul")
    @QueryParam("zone")
    String zone;

    @Parameter(name = "encoding", in = ParameterIn.QUERY, description = "UTF-8, UTF-16LE, UTF-16BE or CP949 (default: detected)")
    @QueryParam("encoding")
    String encoding;

    @Parameter(name = "separator", in = ParameterIn.QUERY, description = "comma, semicolon or tab (default: detected)")
    @QueryParam("separator")
    String separator;

    @Parameter(name = "fileName", in = ParameterIn.QUERY, description = "The file's name, for the history")
    @QueryParam("fileName")
    String fileName;

    /** The parameters checked one by one, a refusal naming the parameter. */
    ImportOptions options() {
        return ImportOptions.parse(service, source, mode, zone, encoding, separator);
    }
}
