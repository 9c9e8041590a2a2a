package io.blueprint.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * Starts the signed-in session of someone whose identity was established outside the login form
 * (through the company's identity provider); {@link BlueprintAuthenticationMechanism} trusts it on
 * later requests, as it does a form sign-in.
 */
public final class SignedInSession {

    private SignedInSession() {
    }

    /** Signs {@code name} in with {@code roles} for this browser session, under a new session id. */
    public static void start(HttpServletRequest request, String name, Set<String> roles) {
        request.getSession(true);
        // a new session id, so an id planted before sign-in is worth nothing after it
        request.changeSessionId();
        request.getSession().setAttribute(SignedInUser.SESSION_ATTRIBUTE, new SignedInUser(name, Set.copyOf(roles)));
    }
}
