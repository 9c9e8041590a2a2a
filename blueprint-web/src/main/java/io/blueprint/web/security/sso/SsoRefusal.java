package io.blueprint.web.security.sso;

import io.blueprint.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Why a sign-in through the identity provider ended without a Blueprint session, each with the
 * HTTP status of its page and the texts {@code sso.refused.<NAME>.title} and {@code .text}.
 */
public enum SsoRefusal {
    /** Signed in at the provider, but in no group that gives a Blueprint role. */
    NO_ROLE(HttpServletResponse.SC_FORBIDDEN),
    /** The Blueprint account that belongs to this person is disabled. */
    DISABLED(HttpServletResponse.SC_FORBIDDEN),
    /** Blueprint's accounts refuse this person for another reason, e.g. a local account already has their user name. */
    ACCOUNT(HttpServletResponse.SC_FORBIDDEN),
    /** The provider answered with an error, e.g. the person cancelled ({@code error=access_denied}). */
    DENIED(HttpServletResponse.SC_FORBIDDEN),
    /** The answer matches no sign-in started in this browser (unknown or expired state). */
    BAD_STATE(HttpServletResponse.SC_FORBIDDEN),
    /** The provider's answer did not validate: token request refused, bad signature, issuer, audience, nonce, expiry. */
    INVALID_ANSWER(HttpServletResponse.SC_FORBIDDEN),
    /** The address already holds as many signed-in sessions as it may. */
    TOO_MANY_SESSIONS(429),
    /** The provider cannot be reached or answers nonsense. */
    UNAVAILABLE(HttpServletResponse.SC_SERVICE_UNAVAILABLE),
    /** The settings are incomplete or wrong; the server log says which. */
    MISCONFIGURED(HttpServletResponse.SC_SERVICE_UNAVAILABLE);

    private final int status;

    SsoRefusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Why Blueprint's accounts refused someone the provider vouched for. */
    static SsoRefusal of(DomainException refused) {
        return switch (refused.getMessageKey()) {
            case "account.sso.noRole" -> NO_ROLE;
            case "account.disabled" -> DISABLED;
            default -> ACCOUNT;
        };
    }
}
