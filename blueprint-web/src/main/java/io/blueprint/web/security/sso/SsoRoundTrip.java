package io.blueprint.web.security.sso;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * What a sign-in through the identity provider must find again when the person comes back: the
 * random state, nonce and PKCE verifier sent with the request, where to go afterwards, and when it
 * started. Kept in the HTTP session for the round trip only.
 */
record SsoRoundTrip(String state, String nonce, String codeVerifier, String next, Instant started)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = SsoRoundTrip.class.getName();
    /** Long enough to type a password and answer a second factor; short enough that a stale tab fails. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    static SsoRoundTrip begin(String next, Instant now) {
        return new SsoRoundTrip(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(),
                next, now);
    }

    boolean matches(State answered, Instant now) {
        return answered != null && now.isBefore(started.plus(LIFETIME)) && MessageDigest.isEqual(
                state.getBytes(StandardCharsets.US_ASCII), answered.getValue().getBytes(StandardCharsets.US_ASCII));
    }
}
