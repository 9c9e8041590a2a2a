package io.blueprint.web.security.sso;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A step of the sign-in through the identity provider; without single sign-on configured it does not exist (404). */
abstract class SsoServlet extends HttpServlet {

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    SsoRefusals refusals;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!singleSignOn.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        step(request, response);
    }

    abstract void step(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException;
}
