package io.blueprint.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Set;

/**
 * The address a request comes from, for throttling, session caps and the log. Behind a load
 * balancer every request comes from the balancer, so {@code X-Forwarded-For} is read — but only
 * when the direct peer is one of {@code blueprint.security.trusted-proxies}; from anyone else the
 * header could be forged to dodge the throttle.
 */
public final class ClientAddress {

    private static volatile Set<String> trustedProxies;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    /** The rightmost address in the forwarded chain that is not a trusted proxy. */
    static String of(String peer, String forwardedFor, Set<String> proxies) {
        if (forwardedFor == null || !proxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !proxies.contains(hop)) {
                return hop.length() > 45 ? hop.substring(0, 45) : hop;
            }
        }
        return peer;
    }

    private static Set<String> trusted() {
        Set<String> read = trustedProxies;
        if (read == null) {
            read = Set.copyOf(ConfigProvider.getConfig()
                    .getOptionalValues("blueprint.security.trusted-proxies", String.class).orElse(List.of())
                    .stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
            trustedProxies = read;
        }
        return read;
    }
}
