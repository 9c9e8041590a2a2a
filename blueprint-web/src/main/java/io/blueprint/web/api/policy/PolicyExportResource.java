package io.blueprint.web.api.policy;

import io.blueprint.access.Role;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.policy.PolicySettings;
import io.blueprint.reports.policy.export.ExportFile;
import io.blueprint.reports.policy.export.PolicyExporter;
import io.blueprint.web.policy.BundleLabels;
import io.blueprint.web.policy.ExportRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * The ops export of the guarantees in force on a day, as a file to download. Operations staff,
 * executives and admins only: the files carry internal accountability (owner, approver, approval
 * time) that the public charter leaves out, and designers and viewers read the guarantees there.
 */
@Path("/policy/export")
@RequestScoped
@Tag(name = "Service policy", description = "Service guarantees and refund rules")
@RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.OPS_NAME})
public class PolicyExportResource {

    /** The SHA-256 of the canonical form of the exported guarantees, the same in every format. */
    public static final String CHECKSUM_HEADER = "X-Guarantees-SHA256";
    /** The day the export is of (YYYY-MM-DD). */
    public static final String AS_OF_HEADER = "X-Guarantees-As-Of";
    /** The versions in the export, "CARE-CALL-2MIN v2, RET-REFUND-3BD v1" (codes are ASCII letters, digits and hyphens). */
    public static final String VERSIONS_HEADER = "X-Guarantees-Versions";

    @Inject
    PolicyExporter exporter;

    @Inject
    ServiceRepository services;

    @Inject
    PolicySettings settings;

    @GET
    @Operation(summary = "Download the guarantees in force on a day as CSV, XLSX, JSON or PDF",
            description = "Operations, executives and admins. One row or section per guarantee version in force, "
                    + "with its code, version and effective dates. The same request gives the same bytes. The "
                    + CHECKSUM_HEADER + " header (also written inside the file) is the SHA-256 of the `guarantees` "
                    + "array of the JSON export written compactly: files of any format describing the same versions "
                    + "carry the same checksum. CSV is UTF-8 with a byte order mark, a header row and one row per "
                    + "version, every cell quoted and guarded against formulas; what it describes is in the "
                    + AS_OF_HEADER + ", " + VERSIONS_HEADER + " and " + CHECKSUM_HEADER + " headers.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment named guarantees-DATE.EXT",
            headers = {@Header(name = CHECKSUM_HEADER, description = "Lower-case hex SHA-256 of the guarantees"),
                    @Header(name = AS_OF_HEADER, description = "The day the export is of, YYYY-MM-DD"),
                    @Header(name = VERSIONS_HEADER, description = "The versions exported, comma-separated, e.g. "
                            + "CARE-CALL-2MIN v2, RET-REFUND-3BD v1; empty when none is in force")},
            content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    @Content(mediaType = "application/json"), @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "400", description = "A bad parameter; fieldErrors names it (format, date, service, channel, lang)")
    @APIResponse(responseCode = "403", description = "A role other than OPS, EXECUTIVE or ADMIN")
    @APIResponse(responseCode = "404", description = "No service with that number")
    public Response export(
            @Parameter(in = ParameterIn.QUERY, required = true, description = "csv, xlsx, json or pdf",
                    schema = @Schema(enumeration = {"csv", "xlsx", "json", "pdf"}))
            @QueryParam("format") String format,
            @Parameter(in = ParameterIn.QUERY, description = "YYYY-MM-DD; today in the company's time zone when left out",
                    example = "2026-11-23")
            @QueryParam("date") String date,
            @Parameter(in = ParameterIn.QUERY, description = "Only the guarantees of this service (its id)")
            @QueryParam("service") String service,
            @Parameter(in = ParameterIn.QUERY, description = "Only guarantees kept at a touchpoint of this channel, e.g. PHONE",
                    schema = @Schema(enumeration = {"PHONE", "IVR", "CHAT", "EMAIL", "WEB", "APP", "STORE", "KIOSK",
                            "SOCIAL", "POST", "FIELD_VISIT"}))
            @QueryParam("channel") String channel,
            @Parameter(in = ParameterIn.QUERY, description = "Language of headers and texts: en (default) or ko; "
                    + "the JSON export has no language-dependent text",
                    schema = @Schema(enumeration = {"en", "ko"}))
            @QueryParam("lang") String lang) {
        ExportRequest request = ExportRequest.read(format, date, service, channel, lang,
                LocalDate.now(settings.zone()), services);
        ExportFile file = exporter.export(request.format(), request.filter(), BundleLabels.in(request.locale()));
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header(CHECKSUM_HEADER, file.checksum())
                .header(AS_OF_HEADER, file.asOf().toString())
                .header(VERSIONS_HEADER, String.join(", ", file.versions()))
                .build();
    }
}
