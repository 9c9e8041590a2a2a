package io.blueprint.web.security.sso;

import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SsoRefusalTest {

    @Test
    void theAccountsRefusalsBecomeTheirOwnPagesAnd403() {
        assertThat(SsoRefusal.of(new DomainException("account.sso.noRole", "kim"))).isEqualTo(SsoRefusal.NO_ROLE);
        assertThat(SsoRefusal.of(new DomainException("account.disabled", "kim"))).isEqualTo(SsoRefusal.DISABLED);
        assertThat(SsoRefusal.of(new DomainException("account.sso.usernameTaken", "viewer")))
                .as("any other refusal shows the accounts' own words").isEqualTo(SsoRefusal.ACCOUNT);
        assertThat(SsoRefusal.NO_ROLE.status()).isEqualTo(403);
        assertThat(SsoRefusal.DISABLED.status()).isEqualTo(403);
    }

    @Test
    void aProviderThatIsDownOrSettingsThatAreIncompleteAre503() {
        assertThat(SsoRefusal.UNAVAILABLE.status()).isEqualTo(503);
        assertThat(SsoRefusal.MISCONFIGURED.status()).isEqualTo(503);
    }
}
