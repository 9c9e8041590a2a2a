package io.blueprint.web.api.account;

import io.blueprint.access.AccountDesk;
import io.blueprint.access.IssuedToken;
import io.blueprint.access.Role;
import io.blueprint.web.account.AccountReads;
import io.blueprint.web.account.AccountSummary;
import io.blueprint.web.account.TypedPassword;
import io.blueprint.web.account.TokenSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.time.Instant;
import java.util.List;

/** The caller's own account: who they are, their password and their API tokens. Every role. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "My account", description = "Who is calling, their own password and API tokens (every role)")
@RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME, Role.OPS_NAME, Role.VIEWER_NAME})
public class MeResource {

    @Inject
    AccountDesk desk;

    @Inject
    AccountReads reads;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Who is calling: name, roles, origin (LOCAL or SSO), whether the password must be changed",
            description = "Any role.")
    public AccountSummary me() {
        return reads.me();
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change your own password", description = "Any role, for a local account.")
    @APIResponse(responseCode = "200", description = "Changed; mustChangePassword is false from now on")
    @APIResponse(responseCode = "400", description = "Wrong current password (field currentPassword) or a new one the policy refuses (field password)")
    @APIResponse(responseCode = "409", description = "The account signs in through the company sign-in")
    public AccountSummary changePassword(
            @Valid @NotNull(message = "api.body.required") AccountRequests.OwnPasswordChange body) {
        return reads.summary(desk.changeOwnPassword(TypedPassword.of(body.currentPassword()),
                TypedPassword.of(body.password())));
    }

    @GET
    @Path("tokens")
    @Operation(summary = "Your API tokens, newest first, with their last use", description = "Any role.")
    public List<TokenSummary> tokens() {
        return reads.myTokens();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create an API token; the secret is in this answer and never again",
            description = "Any role. Valid through the day expiresOn (company time zone) or until the instant expiresAt,"
                    + " at most the configured number of days. Send it as Authorization: Bearer <secret>.")
    @APIResponse(responseCode = "201", description = "Created, with the secret")
    @APIResponse(responseCode = "400", description = "No name, or an expiry in the past or too far ahead")
    @APIResponse(responseCode = "409", description = "Too many active tokens")
    public Response createToken(@Valid @NotNull(message = "api.body.required") AccountRequests.NewToken body) {
        Instant expiresAt = body.expiresOn() != null ? reads.endOf(body.expiresOn()) : body.expiresAt();
        IssuedToken issued = desk.createToken(body.name(), expiresAt);
        TokenSummary token = reads.myToken(issued.token().getId());
        return Response.created(uri.getBaseUriBuilder().path("me").path("tokens").path(Long.toString(token.id())).build())
                .entity(new IssuedTokenDto(token, issued.secret()))
                .build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Revoke one of your tokens at once", description = "Any role.")
    @APIResponse(responseCode = "404", description = "You have no such token")
    public TokenSummary revokeToken(@PathParam("id") long id) {
        reads.myToken(id);
        desk.revokeToken(id);
        return reads.myToken(id);
    }
}
