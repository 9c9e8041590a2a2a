package io.blueprint.web.security;

import io.blueprint.access.SignInDesk;
import io.blueprint.access.SignInDesk.Outcome;
import io.blueprint.access.SignInDesk.Verdict;
import io.blueprint.access.UserAccount;
import io.blueprint.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * How Blueprint knows who is calling.
 * <ul>
 * <li>People sign in on the login page (or through the company's identity provider) and stay
 * signed in for the session; the session names only the person, whose roles and status are read
 * again on every request.</li>
 * <li>The REST API under {@code /api/} takes only an {@code Authorization} header — HTTP Basic or
 * {@code Bearer} with an API token — and never the session cookie, which a page on another site
 * could make a signed-in browser send.</li>
 * <li>Failed sign-ins are logged and slow down, then lock, the account and the address; a
 * throttled request gets 429 with {@code Retry-After} before any password is hashed.</li>
 * <li>A Basic credential verified in the last minutes is not hashed again ({@link CredentialCache}).</li>
 * </ul>
 */
@ApplicationScoped
public class BlueprintAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Where a person whose password was set for them must choose their own before anything else. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** Set on a form sign-in that was refused because of too many failures: the {@link Instant} to wait for. */
    static final String RETRY_AT = BlueprintAuthenticationMechanism.class.getName() + ".retryAt";
    /** Set on a form sign-in refused because the address holds too many sessions. */
    static final String SESSIONS_EXHAUSTED = BlueprintAuthenticationMechanism.class.getName() + ".sessions";
    private static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    /** What a person may still reach while their password must be changed. */
    private static final String[] OPEN_WHILE_CHANGING_PASSWORD = {PASSWORD_PAGE, LOGIN_PAGE, "/charter.xhtml", "/error/"};
    private static final String[] API_OPEN_WHILE_CHANGING_PASSWORD = {"/api/v1/me", "/api/v1/me/password"};

    @Inject
    SignInDesk signIns;

    @Inject
    CredentialCache recentlyVerified;

    @Inject
    AddressThrottle addresses;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Instant now = Instant.now();
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return formSignIn(form, request, context, now);
        }
        if (isStaticResource(request)) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()), request, response, context, now);
        }
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(authorization.substring(BEARER.length()).strip(), request, response, context, now);
        }
        if (authorization != null) {
            return challenge(response, context);
        }
        if (isApi(request)) {
            // the session cookie is ambient: a page on another site can make the browser send it
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
            Optional<UserAccount> account = signIns.current(user.name());
            if (account.isPresent()) {
                return sessionUser(account.get(), request, context);
            }
            // disabled or removed since: the session ends here
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
    }

    // ---- the login form

    private AuthenticationStatus formSignIn(UsernamePasswordCredential form, HttpServletRequest request,
                                            HttpMessageContext context, Instant now) {
        String address = ClientAddress.of(request);
        Optional<Instant> addressWait = addressWait(SignInLog.Method.FORM, form.getCaller(), address, now);
        if (addressWait.isPresent()) {
            request.setAttribute(RETRY_AT, addressWait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        Verdict verdict = signIns.verifyPassword(form.getCaller(), form.getPassword().getValue(), now);
        if (!verdict.valid()) {
            failed(SignInLog.Method.FORM, form.getCaller(), address, verdict, now);
            if (verdict.outcome() == Outcome.THROTTLED) {
                request.setAttribute(RETRY_AT, verdict.retryAt());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        UserAccount account = verdict.account();
        if (!SignedInSessions.start(request, account.getUsername())) {
            request.setAttribute(SESSIONS_EXHAUSTED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(account.getUsername(), account.roleNames());
    }

    private AuthenticationStatus sessionUser(UserAccount account, HttpServletRequest request, HttpMessageContext context) {
        if (account.isMustChangePassword() && !startsWithAny(path(request), OPEN_WHILE_CHANGING_PASSWORD)) {
            return context.redirect(request.getContextPath() + PASSWORD_PAGE + "?next="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
        }
        return context.notifyContainerAboutLogin(account.getUsername(), account.roleNames());
    }

    // ---- scripts: Basic and Bearer, every request on its own

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, Instant now) {
        UsernamePasswordCredential basic = decodeBasic(encoded);
        if (basic == null) {
            return challenge(response, context);
        }
        String username = basic.getCaller();
        char[] password = basic.getPassword().getValue();
        String address = ClientAddress.of(request);
        Optional<Instant> addressWait = addressWait(SignInLog.Method.BASIC, username, address, now);
        if (addressWait.isPresent()) {
            return tooManyAttempts(request, response, addressWait.get(), now);
        }
        Optional<CredentialCache.Entry> remembered = recentlyVerified.find(username, password, now);
        if (remembered.isPresent()) {
            Optional<UserAccount> account = signIns.current(username)
                    .filter(a -> remembered.get().passwordHash().equals(a.getPasswordHash()));
            if (account.isPresent()) {
                Optional<Instant> locked = signIns.throttledUntil(account.get(), now);
                if (locked.isPresent()) {
                    return tooManyAttempts(request, response, locked.get(), now);
                }
                return scriptUser(account.get(), request, response, context);
            }
        }
        Verdict verdict = signIns.verifyPassword(username, password, now);
        if (!verdict.valid()) {
            failed(SignInLog.Method.BASIC, username, address, verdict, now);
            return verdict.outcome() == Outcome.THROTTLED
                    ? tooManyAttempts(request, response, verdict.retryAt(), now)
                    : challenge(response, context);
        }
        recentlyVerified.remember(username, password, verdict.account().getPasswordHash(), now);
        return scriptUser(verdict.account(), request, response, context);
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, Instant now) {
        String address = ClientAddress.of(request);
        Optional<Instant> addressWait = addressWait(SignInLog.Method.TOKEN, tokenLabel(token), address, now);
        if (addressWait.isPresent()) {
            return tooManyAttempts(request, response, addressWait.get(), now);
        }
        Verdict verdict = signIns.verifyToken(token, now);
        if (!verdict.valid()) {
            String who = verdict.account() == null ? tokenLabel(token) : verdict.account().getUsername();
            failed(SignInLog.Method.TOKEN, who, address, verdict, now);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Blueprint\", error=\"invalid_token\"");
            return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    Messages.format(locale(request), "api.token.invalid"));
        }
        return scriptUser(verdict.account(), request, response, context);
    }

    private AuthenticationStatus scriptUser(UserAccount account, HttpServletRequest request,
                                            HttpServletResponse response, HttpMessageContext context) {
        if (account.isMustChangePassword() && !isAnyOf(path(request), API_OPEN_WHILE_CHANGING_PASSWORD)) {
            return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "password.changeRequired",
                    Messages.format(locale(request), "password.changeRequired"));
        }
        return context.notifyContainerAboutLogin(account.getUsername(), account.roleNames());
    }

    // ---- failures

    /** Until when the address must wait before any credential of it is checked; the refused attempt is logged. */
    private Optional<Instant> addressWait(SignInLog.Method method, String who, String address, Instant now) {
        Optional<Instant> wait = addresses.throttledUntil(address, now);
        wait.ifPresent(until -> SignInLog.failed(method, who, address, Outcome.THROTTLED, until));
        return wait;
    }

    private void failed(SignInLog.Method method, String username, String address, Verdict verdict, Instant now) {
        Instant retryAt = verdict.retryAt();
        if (verdict.outcome() != Outcome.THROTTLED) {
            Instant addressRetry = addresses.recordFailure(address, now);
            if (addressRetry.isAfter(now) && (retryAt == null || addressRetry.isAfter(retryAt))) {
                retryAt = addressRetry;
            }
        }
        SignInLog.failed(method, username, address, verdict.outcome(), retryAt);
    }

    /** 429 with Retry-After, before any password is hashed. */
    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                        Instant retryAt, Instant now) {
        long seconds = retryAfterSeconds(retryAt, now);
        response.setHeader("Retry-After", Long.toString(seconds));
        return refuse(request, response, 429, "signIn.throttled",
                Messages.format(locale(request), "signIn.throttled", seconds));
    }

    static long retryAfterSeconds(Instant retryAt, Instant now) {
        long millis = Duration.between(now, retryAt).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Answers at once with the API's JSON error body; the response is committed, so nothing overwrites it. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               String code, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder()
                    .add("status", status).add("code", code).add("message", message).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Blueprint\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Blueprint\"");
        HttpServletRequest request = context.getRequest();
        if (isApi(request)) {
            // the API's errors are JSON, this one too
            return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    Messages.format(locale(request), "api.unauthorized"));
        }
        return context.responseUnauthorized();
    }

    // ---- reading the request

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon),
                    new Password(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** How a token is named in the log: its public prefix only. */
    private static String tokenLabel(String token) {
        return "token " + (token.length() > 10 ? token.substring(0, 10) : token) + "…";
    }

    private static Locale locale(HttpServletRequest request) {
        return Messages.supported(request.getLocale());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(API_PREFIX);
    }

    /** Style sheets, scripts and images: public, and no reason to read an account. */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static boolean startsWithAny(String path, String[] prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnyOf(String path, String[] paths) {
        for (String candidate : paths) {
            if (path.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = path(request);
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
