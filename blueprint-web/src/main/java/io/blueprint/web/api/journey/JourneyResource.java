package io.blueprint.web.api.journey;

import io.blueprint.web.api.Versions;

import io.blueprint.access.Role;
import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyDocument;
import io.blueprint.journey.JourneyEditor;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.Step;
import io.blueprint.journey.Touchpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Journeys (service blueprints) and their parts. Reading is open to every role; changing is for
 * designers and admins. Every change names the journey version it was made on in If-Match (428
 * without it, 412 when someone changed the journey since) and answers with the whole journey and
 * its new ETag.
 */
@Path("/journeys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Journeys", description = "Service blueprints: stages, steps, touchpoints, KPIs and flows")
@RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME, Role.OPS_NAME, Role.VIEWER_NAME})
public class JourneyResource {

    private static final String EDITORS_ONLY = "Designers and admins. Needs If-Match with the journey's ETag;"
            + " answers with the whole journey and its new ETag.";

    @Inject
    JourneyReads reads;

    @Inject
    JourneyEditor editor;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(summary = "A whole journey with its design-check findings; ETag is its version", description = "Any role.")
    @APIResponse(responseCode = "200", description = "The journey")
    @APIResponse(responseCode = "404", description = "No such journey")
    public Response get(@PathParam("id") long id) {
        return answer(id);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Change a journey's name, persona, description, owner or status", description = EDITORS_ONLY)
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "api.body.required") JourneyRequests.JourneyInput body) {
        editor.update(id, Versions.expected(ifMatch), body.name(), body.persona(), body.description(), body.owner(),
                body.status());
        return answer(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Delete a journey with its whole blueprint", description = "Designers and admins. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.delete(id, Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/duplicate")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Copy a journey beside the original (e.g. a to-be design)",
            description = "Designers and admins. Touchpoint codes of the copy get a suffix (-2, -3, …).")
    @APIResponse(responseCode = "201", description = "The copy; Location names it")
    public Response duplicate(@PathParam("id") long id,
                              @Valid @NotNull(message = "api.body.required") JourneyRequests.DuplicateInput body) {
        return created(editor.duplicate(id, body.name()).getId());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed what and when, newest first", description = "Any role.")
    public List<JourneyReads.ChangeDto> history(@PathParam("id") long id) {
        return reads.history(id, 500);
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "The journey as a portable JSON document (keys, not ids)", description = "Any role.")
    public Response export(@PathParam("id") long id) {
        JourneyDocument document = reads.document(id);
        String ascii = document.name().replaceAll("[^A-Za-z0-9._-]+", "-");
        return Response.ok(document)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + ".json\"; filename*=UTF-8''"
                        + URLEncoder.encode(document.name(), StandardCharsets.UTF_8).replace("+", "%20") + ".json")
                .build();
    }

    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Create a journey from an exported document",
            description = "Designers and admins. The service is found by name or registered. Errors name the"
                    + " offending part, e.g. steps[3].stage.")
    @APIResponse(responseCode = "201", description = "Imported; Location names it")
    @APIResponse(responseCode = "409", description = "Name or touchpoint code already taken in the service")
    public Response importDocument(@NotNull(message = "api.body.required") JourneyDocument document) {
        return created(editor.importDocument(document).getId());
    }

    // ---- stages

    @POST
    @Path("{id}/stages")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Add a stage as the last column", description = EDITORS_ONLY)
    public Response addStage(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull(message = "api.body.required") JourneyRequests.StageInput body) {
        editor.addStage(id, Versions.expected(ifMatch), body.name());
        return answer(id);
    }

    @PUT
    @Path("{id}/stages/{stageId}")
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Rename a stage and/or move it to a position (0-based)", description = EDITORS_ONLY)
    public Response updateStage(@PathParam("id") long id, @PathParam("stageId") long stageId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull(message = "api.body.required") JourneyRequests.StageInput body) {
        long version = Versions.expected(ifMatch);
        if (body.name() != null) {
            version = editor.renameStage(id, version, stageId, body.name()).getJourney().getVersion();
        }
        if (body.position() != null) {
            editor.moveStage(id, version, stageId, body.position());
        }
        return answer(id);
    }

    @DELETE
    @Path("{id}/stages/{stageId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Delete a stage with its steps", description = EDITORS_ONLY)
    public Response removeStage(@PathParam("id") long id, @PathParam("stageId") long stageId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.removeStage(id, Versions.expected(ifMatch), stageId);
        return answer(id);
    }

    // ---- steps

    @POST
    @Path("{id}/steps")
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Add a step to a cell (stage, lane)", description = EDITORS_ONLY)
    public Response addStep(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull(message = "api.body.required") JourneyRequests.StepInput body) {
        Step step = editor.addStep(id, Versions.expected(ifMatch), body.stageId(), body.lane(), body.title(),
                body.description(), body.owningTeam(), body.failPoint(), body.waitPoint());
        if (body.position() != null) {
            editor.moveStep(id, step.getJourney().getVersion(), step.getId(), body.stageId(), body.lane(),
                    body.position());
        }
        return answer(id);
    }

    @PUT
    @Path("{id}/steps/{stepId}")
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Change a step, and move it when stage, lane or position differ", description = EDITORS_ONLY)
    public Response updateStep(@PathParam("id") long id, @PathParam("stepId") long stepId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull(message = "api.body.required") JourneyRequests.StepInput body) {
        Step step = editor.editStep(id, Versions.expected(ifMatch), stepId, body.title(), body.description(),
                body.owningTeam(), body.failPoint(), body.waitPoint());
        boolean moved = !step.getStage().getId().equals(body.stageId()) || step.getLane() != body.lane()
                || body.position() != null && body.position() != step.getPosition();
        if (moved) {
            editor.moveStep(id, step.getJourney().getVersion(), stepId, body.stageId(), body.lane(),
                    body.position() == null ? Integer.MAX_VALUE : body.position());
        }
        return answer(id);
    }

    @DELETE
    @Path("{id}/steps/{stepId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Delete a step with its flows and touchpoint", description = EDITORS_ONLY)
    public Response removeStep(@PathParam("id") long id, @PathParam("stepId") long stepId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.removeStep(id, Versions.expected(ifMatch), stepId);
        return answer(id);
    }

    // ---- touchpoints and KPIs

    @PUT
    @Path("{id}/steps/{stepId}/touchpoint")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Make a customer-facing step a touchpoint, or change its code, channel and effort plan",
            description = EDITORS_ONLY)
    @APIResponse(responseCode = "409", description = "The code is used by another touchpoint of the service")
    public Response setTouchpoint(@PathParam("id") long id, @PathParam("stepId") long stepId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull(message = "api.body.required") JourneyRequests.TouchpointInput body) {
        Touchpoint touchpoint = editor.setTouchpoint(id, Versions.expected(ifMatch), stepId, body.code(), body.channel(),
                body.effortPlan() == null ? null : body.effortPlan().toPlan());
        return answer(touchpoint.getJourney().getId());
    }

    @DELETE
    @Path("{id}/steps/{stepId}/touchpoint")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "The step is no longer a touchpoint (its KPIs go with it)", description = EDITORS_ONLY)
    public Response removeTouchpoint(@PathParam("id") long id, @PathParam("stepId") long stepId,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.removeTouchpoint(id, Versions.expected(ifMatch), stepId);
        return answer(id);
    }

    @POST
    @Path("{id}/steps/{stepId}/touchpoint/kpis")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Add a KPI to a touchpoint", description = EDITORS_ONLY)
    public Response addKpi(@PathParam("id") long id, @PathParam("stepId") long stepId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "api.body.required") JourneyRequests.KpiInput body) {
        editor.addKpi(id, Versions.expected(ifMatch), stepId, body.metric(), body.target(), body.unit(),
                body.direction(), body.owner());
        return answer(id);
    }

    @PUT
    @Path("{id}/steps/{stepId}/touchpoint/kpis/{kpiId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Change a KPI", description = EDITORS_ONLY)
    public Response changeKpi(@PathParam("id") long id, @PathParam("stepId") long stepId,
                              @PathParam("kpiId") long kpiId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull(message = "api.body.required") JourneyRequests.KpiInput body) {
        editor.changeKpi(id, Versions.expected(ifMatch), stepId, kpiId, body.metric(), body.target(), body.unit(),
                body.direction(), body.owner());
        return answer(id);
    }

    @DELETE
    @Path("{id}/steps/{stepId}/touchpoint/kpis/{kpiId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Remove a KPI", description = EDITORS_ONLY)
    public Response removeKpi(@PathParam("id") long id, @PathParam("stepId") long stepId,
                              @PathParam("kpiId") long kpiId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.removeKpi(id, Versions.expected(ifMatch), stepId, kpiId);
        return answer(id);
    }

    // ---- flows

    @POST
    @Path("{id}/flows")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Draw a flow from one step to another", description = EDITORS_ONLY)
    public Response addFlow(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull(message = "api.body.required") JourneyRequests.FlowInput body) {
        editor.addFlow(id, Versions.expected(ifMatch), body.fromStepId(), body.toStepId(), body.label());
        return answer(id);
    }

    @DELETE
    @Path("{id}/flows/{flowId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Remove a flow", description = EDITORS_ONLY)
    public Response removeFlow(@PathParam("id") long id, @PathParam("flowId") long flowId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.removeFlow(id, Versions.expected(ifMatch), flowId);
        return answer(id);
    }

    private Response answer(long journeyId) {
        JourneyDto journey = reads.journey(journeyId);
        return Response.ok(journey).tag(Versions.tag(journey.version())).build();
    }

    private Response created(long journeyId) {
        JourneyDto journey = reads.journey(journeyId);
        URI location = uri.getBaseUriBuilder().path(JourneyResource.class).path(Long.toString(journeyId)).build();
        return Response.created(location).entity(journey).tag(Versions.tag(journey.version())).build();
    }
}
