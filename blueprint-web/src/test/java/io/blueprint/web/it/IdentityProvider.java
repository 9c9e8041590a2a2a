package io.blueprint.web.it;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The company's identity provider for the tests: a real OpenID Connect server (NAV's
 * mock-oauth2-server) on loopback, with its interactive sign-in form, at the issuer the build gave
 * the server ({@code BLUEPRINT_OIDC_ISSUER}, failsafe's environment in blueprint-web/pom.xml).
 */
final class IdentityProvider implements AutoCloseable {

    static final String ISSUER_ID = "blueprint-idp";

    private final AtomicInteger tokenTrouble = new AtomicInteger();
    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true), new TokenTrouble());

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

    /** The provider's token endpoint answers its next request with this HTTP status: a provider in trouble. */
    void failNextTokenRequest(int status) {
        tokenTrouble.set(status);
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** Answers a token request with the status {@link #failNextTokenRequest} set, once; ahead of the provider's own routes. */
    private final class TokenTrouble implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return tokenTrouble.get() != 0 && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            byte[] body = "down for maintenance".getBytes(StandardCharsets.UTF_8);
            return new OAuth2HttpResponse(Headers.of("Content-Type", "text/plain"), tokenTrouble.getAndSet(0),
                    "down for maintenance", body);
        }
    }
}
