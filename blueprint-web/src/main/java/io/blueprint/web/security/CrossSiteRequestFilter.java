package io.blueprint.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses a form posted to a page from another site (403, the forbidden page): a state-changing
 * request whose {@code Origin} is not Blueprint's own, or, from a browser that sends no Origin, one
 * that it marks {@code Sec-Fetch-Site: cross-site}. The REST API under /api/ decides for itself.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && isCrossSite(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"),
                TransportSecurity.isSecure(request) ? "https" : request.getScheme(), request.getHeader("Host"))) {
            LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " to " + request.getRequestURI()
                    + " from origin " + request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a browser sent this request from another site: its {@code origin} is not {@code scheme://host}
     * (host as in the Host header, with its port), or, without an origin, it says {@code cross-site}.
     */
    static boolean isCrossSite(String origin, String fetchSite, String scheme, String host) {
        if (origin == null) {
            return "cross-site".equalsIgnoreCase(fetchSite);
        }
        if (host == null) {
            return true;
        }
        try {
            URI from = URI.create(origin.trim());
            return !scheme.equalsIgnoreCase(from.getScheme()) || from.getRawAuthority() == null
                    || !authority(from.getScheme(), from.getRawAuthority()).equals(authority(scheme, host));
        } catch (IllegalArgumentException notAnOrigin) {
            // "null" (a sandboxed frame, a redirect from elsewhere) or garbage
            return true;
        }
    }

    /** host[:port] in lower case, without the scheme's default port. */
    private static String authority(String scheme, String authority) {
        String lower = authority.toLowerCase(Locale.ROOT);
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return lower.endsWith(defaultPort) ? lower.substring(0, lower.length() - defaultPort.length()) : lower;
    }
}
