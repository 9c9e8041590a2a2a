package io.blueprint.web.it;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import java.net.InetAddress;
import java.util.UUID;

/**
 * The company's identity provider for the tests: a real OpenID Connect server (NAV's
 * mock-oauth2-server) on loopback, with its interactive sign-in form, at the issuer the build gave
 * the server ({@code BLUEPRINT_OIDC_ISSUER}, failsafe's environment in blueprint-web/pom.xml).
 */
final class IdentityProvider implements AutoCloseable {

    static final String ISSUER_ID = "blueprint-idp";

    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));

    static IdentityProvider start() {
        String port = System.getProperty("blueprint.it.oidcPort");
        if (port == null || port.startsWith("${")) {
            throw new IllegalStateException("No blueprint.it.oidcPort: run the tests through Maven (mvn verify)");
        }
        IdentityProvider provider = new IdentityProvider();
        provider.server.start(InetAddress.getLoopbackAddress(), Integer.parseInt(port));
        return provider;
    }

    /** A user name nobody has used yet, so each test meets a person whose account is made at the first sign-in. */
    static String newPerson(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The claims JSON a person types into the provider's form: user name, name and groups. */
    static String claims(String username, String name, String... groups) {
        StringBuilder json = new StringBuilder("{\"preferred_username\":\"" + username + "\",\"name\":\"" + name
                + "\",\"groups\":[");
        for (int i = 0; i < groups.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(groups[i]).append('"');
        }
        return json.append("]}").toString();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
