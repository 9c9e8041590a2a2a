package io.blueprint.web.api;

import io.blueprint.access.Role;
import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyEditor;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceCatalog;
import io.blueprint.reports.catalog.CatalogQuery;
import io.blueprint.reports.catalog.JourneySummary;
import io.blueprint.web.api.journey.JourneyRequests;
import io.blueprint.reports.catalog.ServiceSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The services of the company and their journeys. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Services", description = "What the company delivers, with the journeys through it")
@RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME, Role.OPS_NAME, Role.VIEWER_NAME})
public class ServiceResource {

    @Inject
    CatalogQuery catalog;

    @Inject
    ServiceCatalog services;

    @Inject
    JourneyEditor journeys;

    /** What a client sends to register a service. */
    public record NewService(
            @NotBlank(message = "service.name.required") @Size(max = Service.NAME_MAX, message = "service.name.tooLong")
            String name,
            @Size(max = 2000, message = "service.description.tooLong") String description,
            @Size(max = 200, message = "service.owner.tooLong") String owner) {
    }

    @GET
    @Operation(summary = "List every service with its journeys", description = "Any role.")
    public List<ServiceSummary> list() {
        return catalog.services();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service with its journeys", description = "Any role.")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "404", description = "No such service")
    public ServiceSummary get(@PathParam("id") long id) {
        return catalog.service(id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/journeys")
    @Operation(summary = "The journeys of a service", description = "Any role.")
    public List<JourneySummary> journeys(@PathParam("id") long id) {
        return get(id).journeys();
    }

    @POST
    @Path("{id}/journeys")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Start a journey in a service", description = "Designers and admins.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version")
    @APIResponse(responseCode = "409", description = "The service already has a journey of that name")
    public Response createJourney(@PathParam("id") long id,
                                  @Valid @NotNull(message = "api.body.required") JourneyRequests.JourneyInput body,
                                  @Context UriInfo uri) {
        Journey journey = journeys.create(id, body.name(), body.persona(), body.description(), body.owner());
        return Response.created(uri.getBaseUriBuilder().path("journeys").path(Long.toString(journey.getId())).build())
                .tag(Long.toString(journey.getVersion()))
                .entity(new JourneySummary(journey.getId(), id, journey.getName(), journey.getPersona(),
                        journey.getStatus(), 0, 0))
                .build();
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Register a service", description = "Designers and admins.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(@Valid @NotNull(message = "api.body.required") NewService body, @Context UriInfo uri) {
        Service service = services.register(body.name(), body.description(), body.owner());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(service.getId())).build())
                .entity(get(service.getId()))
                .build();
    }
}
