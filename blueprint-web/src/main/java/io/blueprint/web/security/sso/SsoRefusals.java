package io.blueprint.web.security.sso;

import io.blueprint.shared.DomainException;
import io.blueprint.web.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Ends a failed sign-in through the identity provider: a line in the log for the admin, a page for the person. */
@ApplicationScoped
public class SsoRefusals {

    static final String PAGE = "/sso/refused.xhtml";
    private static final Logger LOG = Logger.getLogger(SsoRefusals.class.getName());

    /** Logs who (when known) from where and why, never a token, and shows the refusal's page with its status. */
    void show(HttpServletRequest request, HttpServletResponse response, SsoFailure failure, IdentityClaims identity)
            throws ServletException, IOException {
        SsoRefusal refusal = failure.refusal();
        LOG.log(refusal.status() >= 500 ? Level.SEVERE : Level.WARNING,
                "Single sign-on refused (" + refusal + ") for " + who(identity) + " from " + ClientAddress.of(request)
                        + ": " + printable(failure.getMessage()),
                failure.getCause() instanceof DomainException ? null : failure.getCause());
        response.setStatus(refusal.status());
        request.setAttribute(SsoRefusalView.REFUSAL, refusal);
        if (identity != null) {
            request.setAttribute(SsoRefusalView.USERNAME, identity.username());
        }
        if (failure.getCause() instanceof DomainException refused) {
            request.setAttribute(SsoRefusalView.REASON, refused);
        }
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    /** The person as the log names them: user name and subject, or "an unknown user" before the token is read. */
    static String who(IdentityClaims identity) {
        return identity == null ? "an unknown user"
                : "username=" + printable(identity.username()) + " subject=" + printable(identity.subject());
    }

    /** Claims and provider messages come from outside: no line breaks or control characters into the log. */
    static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "_");
    }
}
