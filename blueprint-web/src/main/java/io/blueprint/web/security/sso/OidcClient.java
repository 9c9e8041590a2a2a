package io.blueprint.web.security.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.jwt.JWT;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blueprint's side of the OpenID Connect authorization-code flow with PKCE, state and nonce: the
 * request that sends a person to the provider, and the answer that comes back, down to the
 * validated ID-token claims. The provider's metadata is discovered on first use and kept; a
 * provider that cannot be reached is asked again next time.
 */
public class OidcClient {

    /** Seconds are plenty on a company network; a hanging provider must not hold a request thread for long. */
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int READ_TIMEOUT_MILLIS = 5_000;
    private static final int JWKS_SIZE_LIMIT = 512 * 1024;

    private final OidcSettings settings;
    private volatile Provider provider;

    public OidcClient(OidcSettings settings) {
        this.settings = settings;
    }

    public OidcSettings settings() {
        return settings;
    }

    /** The provider's sign-in page for this round trip. */
    public URI authorizationRequest(URI callback, SsoRoundTrip trip) {
        Provider discovered = provider();
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope(settings.scopes().toArray(String[]::new)),
                new ClientID(settings.clientId()), callback)
                .endpointURI(discovered.metadata.getAuthorizationEndpointURI())
                .state(new State(trip.state()))
                .nonce(new Nonce(trip.nonce()))
                .codeChallenge(new CodeVerifier(trip.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * Checks the provider's answer ({@code answer}: the callback URL with its query) against the
     * round trip, redeems the code and validates the ID token: signature by the provider's keys,
     * issuer, audience, expiry and nonce.
     *
     * @return the ID token's claims
     * @throws SsoFailure saying what went wrong
     */
    public Map<String, Object> answer(URI answer, URI callback, SsoRoundTrip trip, Instant now) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(answer);
        } catch (ParseException unreadable) {
            throw new SsoFailure(SsoRefusal.BAD_STATE, "unreadable answer: " + unreadable.getMessage());
        }
        if (trip == null || !trip.matches(response.getState(), now)) {
            throw new SsoFailure(SsoRefusal.BAD_STATE, trip == null ? "no sign-in was started in this session"
                    : "the state is not the one sent, or the sign-in took longer than " + SsoRoundTrip.LIFETIME);
        }
        if (!response.indicatesSuccess()) {
            AuthenticationErrorResponse error = response.toErrorResponse();
            ErrorObject object = error.getErrorObject();
            throw new SsoFailure(SsoRefusal.DENIED, "the provider answered " + object.getCode()
                    + (object.getDescription() == null ? "" : " (" + object.getDescription() + ")"));
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new SsoFailure(SsoRefusal.INVALID_ANSWER, "the answer carries no authorization code");
        }
        Provider discovered = provider();
        JWT idToken = redeem(discovered, code, callback, new CodeVerifier(trip.codeVerifier()));
        try {
            return discovered.validator.validate(idToken, new Nonce(trip.nonce())).toJWTClaimsSet().getClaims();
        } catch (BadJOSEException | JOSEException | ParseException invalid) {
            throw new SsoFailure(SsoRefusal.INVALID_ANSWER, "the ID token is not valid: " + invalid.getMessage());
        }
    }

    private JWT redeem(Provider discovered, AuthorizationCode code, URI callback, CodeVerifier verifier) {
        TokenRequest request = new TokenRequest(discovered.metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, callback, verifier));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        http.setReadTimeout(READ_TIMEOUT_MILLIS);
        TokenResponse response;
        try {
            HTTPResponse answer = http.send();
            if (answer.getStatusCode() >= 500) {
                throw new SsoFailure(SsoRefusal.UNAVAILABLE, "token endpoint answered HTTP " + answer.getStatusCode());
            }
            response = OIDCTokenResponseParser.parse(answer);
        } catch (IOException unreachable) {
            throw new SsoFailure(SsoRefusal.UNAVAILABLE, "token endpoint not reachable: " + unreachable, unreachable);
        } catch (ParseException unreadable) {
            throw new SsoFailure(SsoRefusal.UNAVAILABLE, "token endpoint answered nonsense: " + unreadable.getMessage());
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SsoFailure(SsoRefusal.INVALID_ANSWER, "token request refused: " + error.getCode()
                    + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SsoFailure(SsoRefusal.INVALID_ANSWER, "the token response carries no ID token");
        }
        return idToken;
    }

    /** The provider's metadata and a validator with its keys, discovered once; a failure is not remembered. */
    private Provider provider() {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                provider = discover();
            }
            return provider;
        }
    }

    private Provider discover() {
        if (!settings.problems().isEmpty()) {
            throw new SsoFailure(SsoRefusal.MISCONFIGURED, String.join("; ", settings.problems()));
        }
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), CONNECT_TIMEOUT_MILLIS,
                    READ_TIMEOUT_MILLIS);
        } catch (GeneralException | IOException unreachable) {
            throw new SsoFailure(SsoRefusal.UNAVAILABLE, "discovery at " + settings.issuer() + " failed: " + unreachable,
                    unreachable);
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT)).build();
        } catch (IOException | IllegalArgumentException | NullPointerException noKeys) {
            throw new SsoFailure(SsoRefusal.UNAVAILABLE, "the provider names no usable jwks_uri: " + noKeys, noKeys);
        }
        IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                new JWSVerificationKeySelector<>(signatureAlgorithms(metadata), keys), null);
        return new Provider(metadata, validator);
    }

    /** The provider's ID-token algorithms that use its published keys: never "none", never a shared secret. */
    static Set<JWSAlgorithm> signatureAlgorithms(OIDCProviderMetadata metadata) {
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
        if (offered != null) {
            for (JWSAlgorithm algorithm : offered) {
                if (JWSAlgorithm.Family.RSA.contains(algorithm) || JWSAlgorithm.Family.EC.contains(algorithm)
                        || JWSAlgorithm.Family.ED.contains(algorithm)) {
                    algorithms.add(algorithm);
                }
            }
        }
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256);
        }
        return algorithms;
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }
}
