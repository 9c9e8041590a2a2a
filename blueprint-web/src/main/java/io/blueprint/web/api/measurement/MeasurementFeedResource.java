package io.blueprint.web.api.measurement;

import io.blueprint.access.Role;
import io.blueprint.journey.Actor;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasurementImporter;
import io.blueprint.measurement.MeasurementSettings;
import io.blueprint.measurement.read.ColumnMapping;
import io.blueprint.measurement.read.FileType;
import io.blueprint.measurement.read.ReadOptions;
import io.blueprint.shared.DomainException;
import io.blueprint.web.api.ErrorResponses;
import io.blueprint.web.measurement.ImportOptions;
import io.blueprint.web.measurement.Uploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Continuous feeds: JSON batches of rows named by Blueprint's field names, checked and stored as a file
 * of Blueprint CSV would be (same rules, same idempotency on source + id, same history and error report).
 * Ops and admins only.
 */
@Path("/measurements")
@RequestScoped
@Tag(name = "Measured data")
@RolesAllowed({Role.ADMIN_NAME, Role.OPS_NAME})
public class MeasurementFeedResource {

    @Inject
    MeasurementImporter importer;

    @Inject
    MeasurementSettings settings;

    @Inject
    Uploads uploads;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("{kind: survey-responses|contact-events|service-cases}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a JSON batch of survey responses, contact events or service cases",
            description = "Ops and admins. The body is an array of objects whose keys are the kind's Blueprint CSV "
                    + "field names (values as text, numbers, true/false or null), at most "
                    + "blueprint.measurement.max-feed-rows (10,000) a batch and 8 MiB. The batch is checked and stored "
                    + "like a file: the answer is the same import summary, and GET /imports/{id}/errors reports its "
                    + "rejected rows, where row n of the batch is line n + 1 (the header of a file being line 1).")
    @APIResponse(responseCode = "201", description = "Stored (also with rejected rows); Location names the import",
            content = @Content(schema = @Schema(implementation = ImportDto.class)))
    @APIResponse(responseCode = "400", description = "Not an array of rows, an unknown field, too many rows, a bad parameter")
    @APIResponse(responseCode = "403", description = "A role other than OPS or ADMIN")
    @APIResponse(responseCode = "413", description = "A body over 8 MiB")
    public Response feed(@PathParam("kind") String kind, @QueryParam("service") Long service,
                         @QueryParam("source") String source, @QueryParam("mode") @DefaultValue("partial") String mode,
                         @QueryParam("zone") String zone, List<Map<String, Object>> rows) {
        MeasureKind measured = MeasureKind.ofSlug(kind).orElseThrow();
        ImportOptions options = ImportOptions.parse(service, source, mode, zone, null, null);
        if (rows == null || rows.isEmpty()) {
            throw new DomainException("import.feed.empty");
        }
        if (rows.size() > settings.maxFeedRows()) {
            throw new DomainException("import.feed.tooMany", settings.maxFeedRows());
        }
        List<String> fields = ColumnMapping.fieldsOf(measured);
        java.nio.file.Path file = csv(fields, rows);
        try {
            Map<String, String> identity = new LinkedHashMap<>();
            fields.forEach(field -> identity.put(field, field));
            ImportSummary summary = importer.importFile(new MeasurementImporter.Request(measured, options.serviceId(),
                    options.source(), null, options.mode(), actor.name(),
                    ReadOptions.detect().withType(FileType.CSV).withEncoding(StandardCharsets.UTF_8).withSeparator(',')
                            .withHeaderRows(0).withHeaderless(false),
                    ColumnMapping.of(identity), options.zone()), file);
            URI location = uri.getBaseUriBuilder().path(ImportResource.class).path(Long.toString(summary.id())).build();
            return Response.created(location).entity(ImportDto.of(summary, ErrorResponses.locale(headers))).build();
        } finally {
            uploads.delete(file);
        }
    }

    /** The batch as a Blueprint CSV file with every field of the kind as a column. */
    private static java.nio.file.Path csv(List<String> fields, List<Map<String, Object>> rows) {
        try {
            java.nio.file.Path file = Files.createTempFile("blueprint-feed-", ".csv");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                csv.printRecord(fields);
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, Object> row = rows.get(i) == null ? Map.of() : rows.get(i);
                    for (String key : row.keySet()) {
                        if (!fields.contains(key)) {
                            throw new DomainException("import.feed.field", key).at("[" + i + "]." + key);
                        }
                    }
                    List<String> cells = new ArrayList<>(fields.size());
                    for (String field : fields) {
                        Object value = row.get(field);
                        if (value instanceof Map || value instanceof List) {
                            throw new DomainException("import.feed.value", i + 1, field).at("[" + i + "]." + field);
                        }
                        cells.add(value == null ? "" : value.toString());
                    }
                    csv.printRecord(cells);
                }
            } catch (RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
