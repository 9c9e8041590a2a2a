package io.blueprint.web.security.sso;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How Blueprint signs people in through the company's OpenID Connect provider, from the
 * {@code blueprint.oidc.*} settings (environment variables {@code BLUEPRINT_OIDC_*}). Without an
 * issuer single sign-on is off. A setting that is present but unusable is kept as a {@link #problem()}
 * rather than thrown, so that local sign-in keeps working while an administrator fixes it.
 */
public final class OidcSettings {

    static final String ISSUER = "blueprint.oidc.issuer";
    static final String CLIENT_ID = "blueprint.oidc.client-id";
    static final String CLIENT_SECRET = "blueprint.oidc.client-secret";
    static final String SCOPES = "blueprint.oidc.scopes";
    static final String ROLES_CLAIM = "blueprint.oidc.roles-claim";
    static final String ROLE_MAP = "blueprint.oidc.role-map";
    static final String USERNAME_CLAIM = "blueprint.oidc.username-claim";
    static final String LABEL = "blueprint.oidc.label";
    static final String PUBLIC_URL = "blueprint.public-url";

    private final URI issuer;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private final String rolesClaim;
    private final RoleMapping roleMapping;
    private final String usernameClaim;
    private final String label;
    private final String publicUrl;
    private final List<String> problems;

    private OidcSettings(Function<String, Optional<String>> setting) {
        List<String> found = new ArrayList<>();
        Function<String, Optional<String>> text = name -> setting.apply(name).map(String::trim).filter(s -> !s.isEmpty());
        issuer = text.apply(ISSUER).map(s -> uri(s, found)).orElse(null);
        clientId = text.apply(CLIENT_ID).orElse("");
        clientSecret = setting.apply(CLIENT_SECRET).orElse("");
        scopes = Arrays.stream(text.apply(SCOPES).orElse("openid profile email").split("[\\s,]+"))
                .filter(s -> !s.isBlank()).toList();
        rolesClaim = text.apply(ROLES_CLAIM).orElse("groups");
        usernameClaim = text.apply(USERNAME_CLAIM).orElse("preferred_username");
        label = text.apply(LABEL).orElse(null);
        publicUrl = text.apply(PUBLIC_URL).map(s -> s.replaceAll("/+$", "")).orElse(null);
        RoleMapping mapping = null;
        try {
            mapping = RoleMapping.parse(setting.apply(ROLE_MAP).orElse(""));
        } catch (IllegalArgumentException wrong) {
            found.add("BLUEPRINT_OIDC_ROLE_MAP: " + wrong.getMessage());
        }
        roleMapping = mapping == null ? RoleMapping.parse("") : mapping;
        if (issuer != null) {
            if (clientId.isEmpty()) {
                found.add("BLUEPRINT_OIDC_CLIENT_ID is not set");
            }
            if (clientSecret.isEmpty()) {
                found.add("BLUEPRINT_OIDC_CLIENT_SECRET is not set");
            }
            if (!scopes.contains("openid")) {
                found.add("BLUEPRINT_OIDC_SCOPES must contain openid");
            }
            if (mapping != null && mapping.isEmpty()) {
                found.add("BLUEPRINT_OIDC_ROLE_MAP maps no group to a role, so nobody could sign in");
            }
        }
        problems = List.copyOf(found);
    }

    /** The settings as {@code setting} gives them, for example from MicroProfile Config. */
    public static OidcSettings from(Function<String, Optional<String>> setting) {
        return new OidcSettings(setting);
    }

    private static URI uri(String text, List<String> problems) {
        try {
            URI uri = URI.create(text);
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException notAUri) {
            // reported below
        }
        problems.add("BLUEPRINT_OIDC_ISSUER is not an http(s) URL: " + text);
        return URI.create("invalid:issuer");
    }

    /** Single sign-on is offered: an issuer is set (even when something else is wrong, so the page says so). */
    public boolean isEnabled() {
        return issuer != null;
    }

    /** What makes these settings unusable, for the server log; empty when they are fine. */
    public List<String> problems() {
        return problems;
    }

    public URI issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public List<String> scopes() {
        return scopes;
    }

    public String rolesClaim() {
        return rolesClaim;
    }

    public RoleMapping roleMapping() {
        return roleMapping;
    }

    public String usernameClaim() {
        return usernameClaim;
    }

    /** The name of the company's sign-in for the button, or empty for the localised default. */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /**
     * Where the provider sends people back: {@code <public URL>/sso/callback}, or, without a public
     * URL, the address the request came to ({@code requestBase}: scheme, host, port and context path).
     */
    public URI callbackUri(String requestBase) {
        String base = publicUrl != null ? publicUrl : requestBase.replaceAll("/+$", "");
        return URI.create(base + "/sso/callback");
    }
}
