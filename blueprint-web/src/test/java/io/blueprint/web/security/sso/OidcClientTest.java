package io.blueprint.web.security.sso;

import com.nimbusds.oauth2.sdk.id.State;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the client does before any provider answers: a provider that is down, settings that are incomplete, a stale or forged answer. */
class OidcClientTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final URI CALLBACK = URI.create("http://127.0.0.1:8080/sso/callback");

    private static OidcClient client(String issuer, String roleMap) {
        Map<String, String> values = Map.of(OidcSettings.ISSUER, issuer, OidcSettings.CLIENT_ID, "blueprint",
                OidcSettings.CLIENT_SECRET, "secret", OidcSettings.ROLE_MAP, roleMap);
        return new OidcClient(OidcSettings.from(name -> Optional.ofNullable(values.get(name))));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aProviderThatIsDownIsUnavailableNotAnError() throws IOException {
        OidcClient client = client("http://127.0.0.1:" + closedPort() + "/idp", "g=VIEWER");

        SsoFailure failure = catchThrowableOfType(SsoFailure.class,
                () -> client.authorizationRequest(CALLBACK, SsoRoundTrip.begin("/", NOW)));

        assertThat(failure.refusal()).isEqualTo(SsoRefusal.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("discovery at http://127.0.0.1:");
    }

    @Test
    void incompleteSettingsAreReportedBeforeAnyoneIsSentAnywhere() {
        OidcClient client = client("https://login.example.com", "");

        SsoFailure failure = catchThrowableOfType(SsoFailure.class,
                () -> client.authorizationRequest(CALLBACK, SsoRoundTrip.begin("/", NOW)));

        assertThat(failure.refusal()).isEqualTo(SsoRefusal.MISCONFIGURED);
        assertThat(failure.getMessage()).contains("BLUEPRINT_OIDC_ROLE_MAP");
    }

    @Test
    void anAnswerWithAnotherStateOrWithoutARoundTripOrTooLateIsRefusedBeforeTheProviderIsAsked() throws IOException {
        OidcClient client = client("http://127.0.0.1:" + closedPort() + "/idp", "g=VIEWER");
        SsoRoundTrip trip = SsoRoundTrip.begin("/", NOW);
        URI forged = URI.create(CALLBACK + "?code=abc&state=" + new State().getValue());
        URI genuine = URI.create(CALLBACK + "?code=abc&state=" + trip.state());

        assertThat(catchThrowableOfType(SsoFailure.class, () -> client.answer(forged, CALLBACK, trip, NOW)).refusal())
                .isEqualTo(SsoRefusal.BAD_STATE);
        assertThat(catchThrowableOfType(SsoFailure.class, () -> client.answer(genuine, CALLBACK, null, NOW)).refusal())
                .isEqualTo(SsoRefusal.BAD_STATE);
        assertThat(catchThrowableOfType(SsoFailure.class, () -> client.answer(genuine, CALLBACK, trip,
                NOW.plus(SsoRoundTrip.LIFETIME).plus(Duration.ofSeconds(1)))).refusal())
                .isEqualTo(SsoRefusal.BAD_STATE);
    }

    @Test
    void aProviderErrorSuchAsACancelledSignInIsDenied() throws IOException {
        OidcClient client = client("http://127.0.0.1:" + closedPort() + "/idp", "g=VIEWER");
        SsoRoundTrip trip = SsoRoundTrip.begin("/", NOW);
        URI cancelled = URI.create(CALLBACK + "?error=access_denied&error_description=User%20cancelled&state="
                + trip.state());

        SsoFailure failure = catchThrowableOfType(SsoFailure.class, () -> client.answer(cancelled, CALLBACK, trip, NOW));

        assertThat(failure.refusal()).isEqualTo(SsoRefusal.DENIED);
        assertThat(failure.getMessage()).contains("access_denied", "User cancelled");
    }

    @Test
    void eachRoundTripHasItsOwnRandomStateNonceAndVerifier() {
        SsoRoundTrip one = SsoRoundTrip.begin("/", NOW);
        SsoRoundTrip two = SsoRoundTrip.begin("/", NOW);

        assertThat(one.state()).isNotEqualTo(two.state());
        assertThat(one.nonce()).isNotEqualTo(two.nonce());
        assertThat(one.codeVerifier()).isNotEqualTo(two.codeVerifier()).hasSizeGreaterThanOrEqualTo(43);
    }
}
