package io.blueprint.web.api.policy;

import io.blueprint.access.Role;
import io.blueprint.journey.Channel;
import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.shared.DomainException;
import io.blueprint.web.api.DateParameter;
import io.blueprint.web.api.ErrorResponses;
import io.blueprint.web.api.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * Service guarantees and their refund rules, version by version. Every role reads. Designers,
 * executives and admins draft and submit; only executives publish and retire. A change names the
 * version it was made on in If-Match (428 without it, 412 when someone changed it since); a
 * published version never changes (409): start a new version instead.
 */
@Path("/guarantees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Service policy", description = "Service guarantees, refund rules, policy checks and their lifecycle")
@RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME, Role.OPS_NAME, Role.VIEWER_NAME})
public class GuaranteeResource {

    private static final String DRAFTERS = "Designers, executives and admins. Needs If-Match with the version's ETag.";
    private static final String EXECUTIVES = "Executives only. Needs If-Match with the version's ETag.";

    @Inject
    GuaranteeDesk desk;

    @Inject
    GuaranteeReads reads;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The newest version of every guarantee", description = "Any role. Filter by service and status.")
    public List<GuaranteeDto.Summary> list(@QueryParam("service") Long serviceId,
                                          @QueryParam("status") GuaranteeStatus status) {
        return reads.latest(serviceId, status);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Draft a new guarantee (version 1)", description = "Designers, executives and admins.")
    @APIResponse(responseCode = "201", description = "The draft; Location names it, ETag is its version")
    @APIResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(GuaranteeDto.NewGuarantee body) {
        if (body == null || body.serviceId() == null) {
            throw new DomainException("guarantee.service.required").at("serviceId");
        }
        ServiceGuarantee draft = desk.create(body.serviceId(), body.code(), terms(body.terms()));
        return Response.created(uri.getBaseUriBuilder().path("guarantees").path(Long.toString(draft.getId())).build())
                .entity(reads.version(draft.getId(), locale()))
                .tag(Versions.tag(draft.getVersion()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One version with its policy findings; ETag is its version", description = "Any role.")
    @APIResponse(responseCode = "200", description = "The version, its findings and what the caller may do with it")
    @APIResponse(responseCode = "404", description = "No such version")
    public Response get(@PathParam("id") long id) {
        return answer(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Rewrite the terms of a draft", description = DRAFTERS)
    @APIResponse(responseCode = "200", description = "Rewritten, with the new findings")
    @APIResponse(responseCode = "409", description = "The version is published (never changes) or in review")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           GuaranteeDto.TermsDto body) {
        desk.revise(id, Versions.expected(ifMatch), terms(body));
        return answer(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Discard a draft", description = DRAFTERS)
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response discard(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        desk.discard(id, Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Submit a draft for review", description = DRAFTERS)
    @Consumes(MediaType.WILDCARD)
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        desk.submit(id, Versions.expected(ifMatch));
        return answer(id);
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Send a version in review back to draft, with a note", description = DRAFTERS)
    public Response returnToDraft(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  GuaranteeDto.ReturnInput body) {
        desk.returnToDraft(id, Versions.expected(ifMatch), body == null ? null : body.note());
        return answer(id);
    }

    /** The same without a note: a client may POST with no body at all. */
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME})
    @Operation(hidden = true)
    public Response returnToDraft(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return returnToDraft(id, ifMatch, null);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Role.EXECUTIVE_NAME)
    @Operation(summary = "Approve and publish a version in review",
            description = EXECUTIVES + " Refused (422, with the findings) while a policy check of severity ERROR"
                    + " fails. The version it replaces stays in force until this one takes effect.")
    @APIResponse(responseCode = "200", description = "Published; approvedBy names the executive")
    @APIResponse(responseCode = "403", description = "Not an executive")
    @APIResponse(responseCode = "422", description = "Policy checks fail; the findings say what to fix")
    @Consumes(MediaType.WILDCARD)
    public Response publish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        desk.publish(id, Versions.expected(ifMatch));
        return answer(id);
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Role.EXECUTIVE_NAME)
    @Operation(summary = "Retire a published version from a day (today when absent)", description = EXECUTIVES)
    public Response retire(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           GuaranteeDto.RetireInput body) {
        desk.retire(id, Versions.expected(ifMatch), body == null ? null : body.from());
        return answer(id);
    }

    /** Retirement from today: a client may POST with no body at all. */
    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.EXECUTIVE_NAME)
    @Operation(hidden = true)
    public Response retire(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return retire(id, ifMatch, null);
    }

    @POST
    @Path("{id}/new-version")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "Start a new draft version from a published one",
            description = "Designers, executives and admins. The draft replaces the published version when it is published.")
    @APIResponse(responseCode = "201", description = "The new draft")
    @APIResponse(responseCode = "409", description = "A version of this guarantee is already being drafted or reviewed")
    @Consumes(MediaType.WILDCARD)
    public Response newVersion(@PathParam("id") long id) {
        ServiceGuarantee draft = desk.newDraft(id);
        return Response.created(uri.getBaseUriBuilder().path("guarantees").path(Long.toString(draft.getId())).build())
                .entity(reads.version(draft.getId(), locale()))
                .tag(Versions.tag(draft.getVersion()))
                .build();
    }

    @POST
    @Path("checks")
    @Operation(summary = "Run the policy checks on terms before saving them", description = "Any role.")
    public List<io.blueprint.web.api.ApiError.PolicyFindingDto> check(GuaranteeDto.CheckInput body) {
        if (body == null || body.serviceId() == null) {
            throw new DomainException("guarantee.service.required").at("serviceId");
        }
        return ErrorResponses.findings(locale(), desk.check(body.serviceId(), terms(body.terms())));
    }

    @GET
    @Path("codes/{code}/versions")
    @Operation(summary = "Every version of a guarantee, oldest first", description = "Any role.")
    public List<GuaranteeDto> versions(@PathParam("code") String code) {
        return reads.versions(code, locale());
    }

    @GET
    @Path("codes/{code}/in-force")
    @Operation(summary = "The version of a guarantee in force on a date (today when absent)", description = "Any role.")
    @APIResponse(responseCode = "200", description = "The version in force that day")
    @APIResponse(responseCode = "404", description = "No version was in force that day")
    public GuaranteeDto inForce(@PathParam("code") String code, @QueryParam("date") String date) {
        return reads.inForce(code, DateParameter.read(date), locale());
    }

    @GET
    @Path("compare")
    @Operation(summary = "The fields that differ between two versions", description = "Any role.")
    public List<GuaranteeDto.ChangeDto> compare(@QueryParam("from") long from, @QueryParam("to") long to) {
        return reads.compare(from, to);
    }

    @GET
    @Path("in-force")
    @Operation(summary = "The versions in force on a date, by service and touchpoint channel", description = "Any role.")
    public List<GuaranteeDto> inForce(@QueryParam("date") String date, @QueryParam("service") Long serviceId,
                                      @QueryParam("channel") Channel channel) {
        return reads.inForce(DateParameter.read(date), serviceId, channel, locale());
    }

    private Response answer(long id) {
        GuaranteeDto dto = reads.version(id, locale());
        return Response.ok(dto).tag(Versions.tag(dto.version())).build();
    }

    private Locale locale() {
        return ErrorResponses.locale(headers);
    }

    private static io.blueprint.policy.GuaranteeTerms terms(GuaranteeDto.TermsDto body) {
        if (body == null) {
            throw new DomainException("guarantee.terms.required").at("terms");
        }
        return body.toTerms();
    }
}
