package io.blueprint.web.api.measurement;

import io.blueprint.access.Role;
import io.blueprint.journey.Actor;
import io.blueprint.measurement.ImportRecords;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasurementImporter;
import io.blueprint.measurement.read.FileType;
import io.blueprint.measurement.read.ReadOptions;
import io.blueprint.shared.DomainException;
import io.blueprint.web.api.ErrorResponses;
import io.blueprint.web.measurement.ErrorReport;
import io.blueprint.web.measurement.ImportOptions;
import io.blueprint.web.measurement.Uploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Imports of measured data as files: the raw body is the file (CSV, XLSX or Amazon Connect contact
 * trace records), streamed to disk and never held in memory, then read, checked and stored. Ops and
 * admins only.
 */
@jakarta.ws.rs.Path("/imports")
@RequestScoped
@Tag(name = "Measured data", description = "Imports of survey responses, contact events and service cases")
@RolesAllowed({Role.ADMIN_NAME, Role.OPS_NAME})
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ROLES = "Ops and admins. ";
    private static final int HISTORY_MAX = 200;
    private static final String FILE_IMPORT = ROLES + "The request body is the file itself: Blueprint CSV (see the "
            + "README), a survey tool's export (Qualtrics with three or two header rows, generic exports), a contact log, an "
            + ".xlsx workbook, or Amazon Connect contact trace records (application/json: one object, an array "
            + "or concatenated objects; the copy with the latest LastUpdateTimestamp wins). Encoding (UTF-8 "
            + "with or without BOM, UTF-16 with BOM, CP949), separator and header rows are detected unless "
            + "given; the source's saved mapping applies, else the detected one. Rows are idempotent on "
            + "source + id: a re-import counts duplicates and stores nothing twice. partial (the default) "
            + "stores every valid row and reports the rejected ones; atomic stores all or none. The file is "
            + "at most blueprint.measurement.max-file-bytes (512 MiB, 413 above).";

    @Inject
    MeasurementImporter importer;

    @Inject
    ImportRecords records;

    @Inject
    Uploads uploads;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @jakarta.ws.rs.Path("survey-responses")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file of survey responses",
            description = FILE_IMPORT)
    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT))})
    @APIResponse(responseCode = "201", description = "Imported (also with rejected rows); Location names the import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDto.class)))
    @APIResponse(responseCode = "400", description = "The file cannot be read at all (the message names the line), a "
            + "required field has no column, or a bad parameter")
    @APIResponse(responseCode = "403", description = "A role other than OPS or ADMIN")
    @APIResponse(responseCode = "404", description = "No service with that number")
    @APIResponse(responseCode = "409", description = "The source is saved for another kind, or no customer key is configured")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit")
    public Response importSurveyResponses(@BeanParam FileImportParameters parameters, InputStream body) {
        return importFile(MeasureKind.SURVEY_RESPONSE, parameters, body);
    }

    @POST
    @jakarta.ws.rs.Path("contact-events")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file of contact events (or Amazon Connect contact trace records)",
            description = FILE_IMPORT)
    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT))})
    @APIResponse(responseCode = "201", description = "Imported (also with rejected rows); Location names the import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDto.class)))
    @APIResponse(responseCode = "400", description = "The file cannot be read at all (the message names the line), a "
            + "required field has no column, or a bad parameter")
    @APIResponse(responseCode = "403", description = "A role other than OPS or ADMIN")
    @APIResponse(responseCode = "404", description = "No service with that number")
    @APIResponse(responseCode = "409", description = "The source is saved for another kind, or no customer key is configured")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit")
    public Response importContactEvents(@BeanParam FileImportParameters parameters, InputStream body) {
        return importFile(MeasureKind.CONTACT_EVENT, parameters, body);
    }

    @POST
    @jakarta.ws.rs.Path("service-cases")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file of service cases",
            description = FILE_IMPORT)
    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT))})
    @APIResponse(responseCode = "201", description = "Imported (also with rejected rows); Location names the import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDto.class)))
    @APIResponse(responseCode = "400", description = "The file cannot be read at all (the message names the line), a "
            + "required field has no column, or a bad parameter")
    @APIResponse(responseCode = "403", description = "A role other than OPS or ADMIN")
    @APIResponse(responseCode = "404", description = "No service with that number")
    @APIResponse(responseCode = "409", description = "The source is saved for another kind, or no customer key is configured")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit")
    public Response importServiceCases(@BeanParam FileImportParameters parameters, InputStream body) {
        return importFile(MeasureKind.SERVICE_CASE, parameters, body);
    }

    private Response importFile(MeasureKind measured, FileImportParameters parameters, InputStream body) {
        ImportOptions options = parameters.options();
        ReadOptions read = options.readOptions().withType(type(headers.getMediaType()));
        Path file = uploads.spool(body);
        try {
            ImportSummary summary = importer.importFile(new MeasurementImporter.Request(measured, options.serviceId(),
                    options.source(), Uploads.fileName(parameters.fileName), options.mode(), actor.name(), read, null, options.zone()), file);
            URI location = uri.getBaseUriBuilder().path(ImportResource.class).path(Long.toString(summary.id())).build();
            return Response.created(location).entity(ImportDto.of(summary, locale())).build();
        } finally {
            uploads.delete(file);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The import history, newest first", description = ROLES + "At most 200 per page.")
    @APIResponse(responseCode = "200", description = "The imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = ImportDto.class)))
    public List<ImportDto> history(@QueryParam("limit") @DefaultValue("50") int limit,
                                   @QueryParam("offset") @DefaultValue("0") int offset) {
        if (limit < 1 || limit > HISTORY_MAX || offset < 0) {
            throw new DomainException("import.history.page", HISTORY_MAX).at("limit");
        }
        Locale locale = locale();
        return records.history(limit, offset).stream().map(summary -> ImportDto.of(summary, locale)).toList();
    }

    @GET
    @jakarta.ws.rs.Path("unknown-codes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Touchpoint codes that measured rows named and the service has no touchpoint for",
            description = ROLES + "Over every import into the service, most named first; a code drops off once a "
                    + "designer adds a touchpoint with it (the rows named by it were rejected and are imported again).")
    @APIResponse(responseCode = "200", description = "The codes with their row counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = ImportDto.UnknownCodeDto.class)))
    public List<ImportDto.UnknownCodeDto> unknownCodes(@QueryParam("service") Long service) {
        if (service == null) {
            throw new DomainException("import.service.required").at("service");
        }
        return records.unknownCodes(service).stream().map(c -> new ImportDto.UnknownCodeDto(c.code(), c.rows())).toList();
    }

    @GET
    @jakarta.ws.rs.Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One import: its counts, and its progress while it runs", description = ROLES)
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDto.class)))
    @APIResponse(responseCode = "404", description = "No import with that number")
    public ImportDto one(@PathParam("id") long id) {
        return ImportDto.of(records.get(id), locale());
    }

    @GET
    @jakarta.ws.rs.Path("{id}/errors")
    @Produces("text/csv")
    @Operation(summary = "The error report of an import as CSV", description = ROLES + "UTF-8 with a byte order mark; "
            + "one line per problem: line, column, value, reason in the reader's language (Accept-Language). "
            + "No cell can run as a formula.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "404", description = "No import with that number")
    public Response errors(@PathParam("id") long id) {
        records.get(id);
        Locale locale = locale();
        StreamingOutput csv = out -> ErrorReport.write(records, id, locale, out);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"").build();
    }

    private Locale locale() {
        return ErrorResponses.locale(headers);
    }

    private static FileType type(MediaType type) {
        if (type == null) {
            return null;
        }
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return FileType.CONNECT_JSON;
        }
        if (XLSX.equals(type.getType() + "/" + type.getSubtype())) {
            return FileType.XLSX;
        }
        if ("text".equals(type.getType())) {
            return FileType.CSV;
        }
        return null;
    }
}
