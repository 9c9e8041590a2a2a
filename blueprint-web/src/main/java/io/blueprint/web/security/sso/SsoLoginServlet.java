package io.blueprint.web.security.sso;

import io.blueprint.web.security.LoginView;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Instant;

/**
 * {@code /sso/login?next=/path}: sends the person to the company's identity provider. The session
 * started here (the one session an anonymous visitor can get, for the 10 minutes a round trip may
 * take) carries the round trip (state, nonce, PKCE verifier, where to go afterwards) until
 * the provider sends them back to {@link SsoCallbackServlet}.
 */
@WebServlet(SsoLoginServlet.PATH)
public class SsoLoginServlet extends SsoServlet {

    static final String PATH = "/sso/login";

    @Override
    void step(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        SsoRoundTrip trip = SsoRoundTrip.begin(LoginView.safeNext(request.getParameter("next")), Instant.now());
        try {
            String to = singleSignOn.client().authorizationRequest(singleSignOn.callbackUri(request), trip).toString();
            HttpSession session = request.getSession(true);
            if (session.isNew()) {
                // a visitor who never comes back leaves nothing behind for long
                session.setMaxInactiveInterval((int) SsoRoundTrip.LIFETIME.toSeconds());
            }
            session.setAttribute(SsoRoundTrip.SESSION_ATTRIBUTE, trip);
            response.sendRedirect(to);
        } catch (SsoFailure failure) {
            refusals.show(request, response, failure, null);
        }
    }
}
