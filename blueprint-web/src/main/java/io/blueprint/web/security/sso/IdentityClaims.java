package io.blueprint.web.security.sso;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who the identity provider says signed in, read from the validated ID token's claims: the subject,
 * the user name (the configured claim, else the subject), a display name and the values of the
 * roles claim. The roles claim may be a list or a single string, and may name a nested claim with
 * dots (Keycloak's {@code realm_access.roles}).
 */
public record IdentityClaims(String subject, String username, String displayName, List<String> roleValues) {

    /** Reads the claims of a validated ID token. */
    public static IdentityClaims read(Map<String, Object> claims, OidcSettings settings) {
        String subject = text(claims.get("sub"));
        if (subject == null) {
            throw new IllegalArgumentException("the ID token has no subject");
        }
        String username = text(claims.get(settings.usernameClaim()));
        if (username == null) {
            username = subject;
        }
        String displayName = text(claims.get("name"));
        return new IdentityClaims(subject, username, displayName == null ? username : displayName,
                values(claims, settings.rolesClaim()));
    }

    /** The strings at {@code path} (dots go into nested objects): a list's items, one string, or none. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object value = claims.get(path);
        if (value == null && path.contains(".")) {
            Object current = claims;
            for (String part : path.split("\\.")) {
                current = current instanceof Map<?, ?> object ? object.get(part) : null;
            }
            value = current;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.stream().map(IdentityClaims::text).filter(s -> s != null).forEach(values::add);
        } else if (text(value) != null) {
            values.add(text(value));
        }
        return values;
    }

    private static String text(Object value) {
        if (value instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        return null;
    }
}
