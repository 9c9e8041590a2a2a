package io.blueprint.web.security;

import io.blueprint.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String username;
    private String password;
    private String next;
    private boolean loggedOut;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            // a person whose password was set for them is sent on to the password page by the
            // authentication itself, at the next request
            case SUCCESS -> external.redirect(external.getRequestContextPath() + landing(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused(request, external);
        }
    }

    private void refused(HttpServletRequest request, ExternalContext external) {
        if (request.getAttribute(BlueprintAuthenticationMechanism.RETRY_AT) instanceof Instant retryAt) {
            long seconds = BlueprintAuthenticationMechanism.retryAfterSeconds(retryAt, Instant.now());
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(seconds));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("login.throttled"), messages.get("signIn.throttled", seconds)));
        } else if (request.getAttribute(BlueprintAuthenticationMechanism.SESSIONS_EXHAUSTED) != null) {
            external.setResponseStatus(429);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("login.failed"), messages.get("login.sessionsExhausted")));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("login.failed"), messages.get("login.failed.detail")));
        }
    }

    String safeNext() {
        return safeNext(next);
    }

    /** Where a sign-in ends: the page asked for, or for an executive who asked for none the executive overview. */
    private String landing(HttpServletRequest request) {
        String target = safeNext();
        return "/".equals(target) && request.isUserInRole(io.blueprint.access.Role.EXECUTIVE_NAME)
                ? EXECUTIVE_LANDING : target;
    }

    /** The executive overview: the landing page for executives. */
    public static final String EXECUTIVE_LANDING = "/report/overview.xhtml";

    /** Only a path inside Blueprint, so a sign-in cannot be used to send people elsewhere; "/" otherwise. */
    public static String safeNext(String next) {
        // a control character could hide "//" from this check (browsers drop tabs and line breaks from URLs);
        // /sso/ would start another sign-in after this one
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)
                || next.startsWith(BlueprintAuthenticationMechanism.LOGIN_PAGE) || next.startsWith("/sso/")) {
            return "/";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
