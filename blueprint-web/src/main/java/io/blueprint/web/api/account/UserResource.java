package io.blueprint.web.api.account;

import io.blueprint.access.AccountDesk;
import io.blueprint.access.Role;
import io.blueprint.access.UserAccount;
import io.blueprint.web.account.AccountReads;
import io.blueprint.web.account.AccountSummary;
import io.blueprint.web.account.TypedPassword;
import io.blueprint.web.account.HistoryLine;
import io.blueprint.web.account.TokenSummary;
import io.blueprint.web.api.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

import java.util.List;

/**
 * Accounts, for admins: list, create, change roles, disable and enable, reset passwords, unlock,
 * revoke tokens, read the history. The domain refuses everyone else too. A change names the
 * version it was made on in If-Match (428 without it, 412 naming who changed the account since).
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts", description = "User accounts, their roles, passwords, API tokens and history (admins)")
@RolesAllowed(Role.ADMIN_NAME)
public class UserResource {

    private static final String ADMINS = "Admins only.";
    private static final String ADMINS_IF_MATCH = "Admins only. Needs If-Match with the account's ETag.";

    @Inject
    AccountDesk desk;

    @Inject
    AccountReads reads;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every account, by user name", description = ADMINS)
    public List<AccountSummary> list() {
        return reads.accounts();
    }

    @POST
    @Operation(summary = "Create a local account",
            description = ADMINS + " The password must pass the password policy; temporaryPassword (default true)"
                    + " makes its owner choose their own at the first sign-in.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version")
    @APIResponse(responseCode = "400", description = "Invalid input or a password the policy refuses, with the field and reason")
    @APIResponse(responseCode = "409", description = "The user name is taken")
    public Response create(@Valid @NotNull(message = "api.body.required") AccountRequests.NewAccount body) {
        UserAccount created = desk.create(body.username(), body.displayName(), TypedPassword.of(body.password()),
                AccountRequests.roles(body.roles()), body.temporary());
        return Response.created(uri.getBaseUriBuilder().path("users").path(created.getUsername()).build())
                .entity(reads.summary(created))
                .tag(Versions.tag(created.getVersion()))
                .build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account; ETag is its version", description = ADMINS)
    @APIResponse(responseCode = "404", description = "No such account")
    public Response get(@PathParam("username") String username) {
        return answer(reads.account(username));
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "New display name and/or roles (a field left out stays)",
            description = ADMINS_IF_MATCH + " New roles hold from the account's next request.")
    @APIResponse(responseCode = "409", description = "That would leave no enabled admin")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "api.body.required") AccountRequests.AccountChange body) {
        return answer(desk.update(username, Versions.expected(ifMatch), body.displayName(),
                AccountRequests.roles(body.roles())));
    }

    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Disable an account: no sign-in by form, Basic or token",
            description = ADMINS_IF_MATCH + " Admins cannot disable themselves or the last enabled admin.")
    @APIResponse(responseCode = "409", description = "Your own account, or the last enabled admin")
    public Response disable(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.disable(username, Versions.expected(ifMatch)));
    }

    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enable a disabled account again", description = ADMINS_IF_MATCH)
    public Response enable(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.enable(username, Versions.expected(ifMatch)));
    }

    @POST
    @Path("{username}/unlock")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Lift a lock or delay from failed sign-ins", description = ADMINS)
    public Response unlock(@PathParam("username") String username) {
        return answer(desk.unlock(username));
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "Set a password for someone; they must change it at their next sign-in",
            description = ADMINS_IF_MATCH + " The password must pass the password policy. Also unlocks.")
    @APIResponse(responseCode = "400", description = "The policy refuses the password, with the reason")
    @APIResponse(responseCode = "409", description = "The account signs in through the company sign-in and has no password")
    public Response resetPassword(@PathParam("username") String username,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull(message = "api.body.required") AccountRequests.PasswordReset body) {
        return answer(desk.resetPassword(username, Versions.expected(ifMatch), TypedPassword.of(body.password())));
    }

    @GET
    @Path("{username}/tokens")
    @Operation(summary = "The account's API tokens, newest first, revoked and expired ones included", description = ADMINS)
    public List<TokenSummary> tokens(@PathParam("username") String username) {
        return reads.tokens(username);
    }

    @DELETE
    @Path("{username}/tokens/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Revoke one of the account's tokens at once", description = ADMINS)
    @APIResponse(responseCode = "200", description = "Revoked (revoking again changes nothing)")
    @APIResponse(responseCode = "404", description = "The account has no such token")
    public TokenSummary revokeToken(@PathParam("username") String username, @PathParam("id") long id) {
        reads.token(username, id);
        desk.revokeToken(id);
        return reads.token(username, id);
    }

    @GET
    @Path("{username}/history")
    @Operation(summary = "Who did what to the account and when, newest first", description = ADMINS)
    public List<HistoryLine> history(@PathParam("username") String username) {
        return reads.history(username);
    }

    private Response answer(UserAccount account) {
        return answer(reads.summary(account));
    }

    private static Response answer(AccountSummary account) {
        return Response.ok(account).tag(Versions.tag(account.version())).build();
    }
}
