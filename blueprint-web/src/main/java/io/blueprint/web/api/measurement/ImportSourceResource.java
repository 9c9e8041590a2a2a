package io.blueprint.web.api.measurement;

import io.blueprint.access.Role;
import io.blueprint.journey.Actor;
import io.blueprint.measurement.ImportSources;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.read.ColumnMapping;
import io.blueprint.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * Sources of measured data and their saved column mappings: the next file of a source imports with
 * its mapping and without questions. Ops and admins only.
 */
@Path("/import-sources")
@RequestScoped
@Tag(name = "Measured data")
@RolesAllowed({Role.ADMIN_NAME, Role.OPS_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class ImportSourceResource {

    /** A source as the API shows and takes it. */
    @Schema(name = "ImportSource", description = "A source's saved mapping: which column is which field, the fixed "
            + "touchpoint, the zone and time pattern, the CES scale, and how its files are read")
    public record SourceDto(String name,
                            @Schema(enumeration = {"survey-responses", "contact-events", "service-cases"}) String kind,
                            ColumnMapping mapping, Instant updatedAt, String updatedBy) {
        static SourceDto of(ImportSources.Source source) {
            return new SourceDto(source.name(), source.kind().slug(), source.mapping(), source.updatedAt(), source.updatedBy());
        }
    }

    @Inject
    ImportSources sources;

    @Inject
    Actor actor;

    @GET
    @Operation(summary = "Every saved source", description = "Ops and admins.")
    @APIResponse(responseCode = "200", description = "The sources by name",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = SourceDto.class)))
    public List<SourceDto> all() {
        return sources.list().stream().map(SourceDto::of).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One source's saved mapping", description = "Ops and admins.")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "404", description = "No source of that name")
    public SourceDto one(@PathParam("name") String name) {
        return sources.find(name).map(SourceDto::of)
                .orElseThrow(() -> DomainException.notFound("import.source.notFound", name));
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a source's mapping", description = "Ops and admins. Replaces a saved one; "
            + "kind and mapping are required; the mapping names fields of the kind.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "400", description = "A bad name, kind or mapping; fieldErrors names it")
    public Response save(@PathParam("name") String name, SourceDto body) {
        if (body == null || body.kind() == null) {
            throw new DomainException("import.source.kind").at("kind");
        }
        MeasureKind kind = MeasureKind.ofSlug(body.kind())
                .orElseThrow(() -> new DomainException("import.source.kind").at("kind"));
        if (body.mapping() == null) {
            throw new DomainException("import.source.mapping", "—").at("mapping");
        }
        for (String field : body.mapping().columns().keySet()) {
            if (!ColumnMapping.fieldsOf(kind).contains(field)) {
                throw new DomainException("import.mapping.field", field).at("mapping.columns");
            }
        }
        boolean created = sources.save(name, kind, body.mapping(), actor.name(), Instant.now());
        SourceDto saved = one(ImportSources.checkName(name));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(saved).build();
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Forget a source's mapping", description = "Ops and admins. Its imports stay in the history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No source of that name")
    public Response delete(@PathParam("name") String name) {
        if (!sources.delete(name)) {
            throw DomainException.notFound("import.source.notFound", name);
        }
        return Response.noContent().build();
    }
}
