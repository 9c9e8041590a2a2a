package io.blueprint.web.security.sso;

import io.blueprint.access.AccountDesk;
import io.blueprint.access.Role;
import io.blueprint.access.UserAccount;
import io.blueprint.shared.DomainException;
import io.blueprint.web.security.ClientAddress;
import io.blueprint.web.security.SignedInSessions;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code /sso/callback}: where the identity provider sends the person back. Checks the answer
 * against the round trip started by {@link SsoLoginServlet}, validates the ID token, maps the
 * roles claim to Blueprint roles, signs the person in to their (just-in-time) Blueprint account
 * and sends them on; every refusal gets a page that says what happened and what to do.
 */
@WebServlet("/sso/callback")
public class SsoCallbackServlet extends SsoServlet {

    private static final Logger LOG = Logger.getLogger(SsoCallbackServlet.class.getName());

    @Inject
    AccountDesk accounts;

    @Override
    void step(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        SsoRoundTrip trip = takeRoundTrip(request);
        IdentityClaims identity = null;
        try {
            OidcClient client = singleSignOn.client();
            Map<String, Object> claims = client.answer(answer(request), singleSignOn.callbackUri(request), trip,
                    Instant.now());
            identity = identity(claims, client.settings());
            Set<Role> roles = client.settings().roleMapping().rolesFor(identity.roleValues());
            UserAccount account = signIn(identity, roles);
            startSession(request, account);
            LOG.info("Signed in through the identity provider: " + SsoRefusals.who(identity)
                    + " as " + account.getRoles() + " from " + ClientAddress.of(request));
            response.sendRedirect(request.getContextPath() + trip.next());
        } catch (SsoFailure failure) {
            refusals.show(request, response, failure, identity);
        }
    }

    /** The signed-in session, as the login form starts it; the round trip's short lifetime ends with it. */
    private void startSession(HttpServletRequest request, UserAccount account) {
        if (!SignedInSessions.start(request, account.getUsername())) {
            throw new SsoFailure(SsoRefusal.TOO_MANY_SESSIONS, "the address holds as many sessions as it may");
        }
        request.getSession().setMaxInactiveInterval(getServletContext().getSessionTimeout() * 60);
    }

    /** The round trip of this session, usable once: a replayed answer finds nothing. */
    private static SsoRoundTrip takeRoundTrip(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object trip = session.getAttribute(SsoRoundTrip.SESSION_ATTRIBUTE);
        session.removeAttribute(SsoRoundTrip.SESSION_ATTRIBUTE);
        return trip instanceof SsoRoundTrip roundTrip ? roundTrip : null;
    }

    private static URI answer(HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
    }

    private static IdentityClaims identity(Map<String, Object> claims, OidcSettings settings) {
        try {
            return IdentityClaims.read(claims, settings);
        } catch (IllegalArgumentException unusable) {
            throw new SsoFailure(SsoRefusal.INVALID_ANSWER, unusable.getMessage());
        }
    }

    private UserAccount signIn(IdentityClaims identity, Set<Role> roles) {
        try {
            return accounts.signInThroughIdentityProvider(identity.subject(), identity.username(),
                    identity.displayName(), roles);
        } catch (DomainException refused) {
            throw new SsoFailure(SsoRefusal.of(refused), "the accounts refused: " + refused.getMessage()
                    + " (roles claim values " + identity.roleValues() + ")", refused);
        }
    }
}
