package io.blueprint.web.security.sso;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OidcSettingsTest {

    private static OidcSettings settings(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return OidcSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    private static OidcSettings complete(String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(
                OidcSettings.ISSUER, "https://login.example.com/realms/company",
                OidcSettings.CLIENT_ID, "blueprint",
                OidcSettings.CLIENT_SECRET, "s3cret",
                OidcSettings.ROLE_MAP, "bp-designers=DESIGNER"));
        all.addAll(List.of(more));
        return settings(all.toArray(String[]::new));
    }

    @Test
    void withoutAnIssuerSingleSignOnIsOffAndNothingIsMissing() {
        OidcSettings off = settings();

        assertThat(off.isEnabled()).isFalse();
        assertThat(off.problems()).isEmpty();
    }

    @Test
    void theDefaultsAskForTheUsualScopesAndReadGroupsAndThePreferredUserName() {
        OidcSettings on = complete();

        assertThat(on.isEnabled()).isTrue();
        assertThat(on.problems()).isEmpty();
        assertThat(on.scopes()).containsExactly("openid", "profile", "email");
        assertThat(on.rolesClaim()).isEqualTo("groups");
        assertThat(on.usernameClaim()).isEqualTo("preferred_username");
        assertThat(on.label()).isEmpty();
    }

    @Test
    void anIssuerWithoutClientOrRoleMapIsEnabledButSaysWhatIsMissing() {
        OidcSettings half = settings(OidcSettings.ISSUER, "https://login.example.com");

        assertThat(half.isEnabled()).as("the button shows, and its page says it is not set up").isTrue();
        assertThat(half.problems()).anySatisfy(p -> assertThat(p).contains("BLUEPRINT_OIDC_CLIENT_ID"))
                .anySatisfy(p -> assertThat(p).contains("BLUEPRINT_OIDC_CLIENT_SECRET"))
                .anySatisfy(p -> assertThat(p).contains("BLUEPRINT_OIDC_ROLE_MAP"));
    }

    @Test
    void aWrongRoleMapOrIssuerOrScopesWithoutOpenidIsAProblemNotACrash() {
        assertThat(complete(OidcSettings.ROLE_MAP, "bp-designers=DESIGNR").problems())
                .singleElement().asString().contains("BLUEPRINT_OIDC_ROLE_MAP", "DESIGNR");
        assertThat(complete(OidcSettings.ISSUER, "login.example.com").problems())
                .singleElement().asString().contains("BLUEPRINT_OIDC_ISSUER");
        assertThat(complete(OidcSettings.SCOPES, "profile email").problems())
                .singleElement().asString().contains("openid");
    }

    @Test
    void theCallbackIsUnderThePublicUrlBehindAProxyAndUnderTheRequestOtherwise() {
        assertThat(complete().callbackUri("http://10.0.0.5:8080"))
                .isEqualTo(URI.create("http://10.0.0.5:8080/sso/callback"));
        assertThat(complete(OidcSettings.PUBLIC_URL, "https://blueprint.example.com/").callbackUri("http://10.0.0.5:8080"))
                .isEqualTo(URI.create("https://blueprint.example.com/sso/callback"));
    }

    @Test
    void scopesMaybeSeparatedBySpacesOrCommas() {
        assertThat(complete(OidcSettings.SCOPES, "openid, profile groups").scopes())
                .containsExactly("openid", "profile", "groups");
    }
}
