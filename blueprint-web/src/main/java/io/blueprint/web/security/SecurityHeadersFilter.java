package io.blueprint.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The browser-hardening headers on every answer of the application: pages, files, API answers and
 * error pages. Pages and files get the policy of {@code blueprint.CSP_POLICY} (web.xml), to which a
 * page adds its script nonce ({@link PageNonce}); the JSON API may load nothing at all.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final String API_PREFIX = "/api/";

    private String pagePolicy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        pagePolicy = config.getServletContext().getInitParameter(PageNonce.POLICY_PARAMETER);
        if (pagePolicy == null || pagePolicy.isBlank()) {
            throw new ServletException(PageNonce.POLICY_PARAMETER + " is not set in web.xml");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = requestedPath(request).startsWith(API_PREFIX);
        Headers headers = new Headers(response, api ? API_POLICY : pagePolicy, TransportSecurity.isSecure(request), !api);
        headers.apply();
        chain.doFilter(request, headers);
    }

    /** The path the browser asked for, also while an error page for it is shown. */
    private static String requestedPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }

    /**
     * Sets the headers and keeps them through a reset of the response. A page's own policy (PrimeFaces
     * adds one with its nonce) replaces the default rather than adding a second, stricter one.
     */
    private static final class Headers extends HttpServletResponseWrapper {

        private final String policy;
        private final boolean tls;
        private final boolean pageMayReplacePolicy;

        Headers(HttpServletResponse response, String policy, boolean tls, boolean pageMayReplacePolicy) {
            super(response);
            this.policy = policy;
            this.tls = tls;
            this.pageMayReplacePolicy = pageMayReplacePolicy;
        }

        void apply() {
            super.setHeader(CSP, policy);
            super.setHeader("X-Content-Type-Options", "nosniff");
            super.setHeader("Referrer-Policy", "same-origin");
            if (tls) {
                super.setHeader("Strict-Transport-Security", HSTS);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!CSP.equalsIgnoreCase(name) || pageMayReplacePolicy) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }
    }
}
