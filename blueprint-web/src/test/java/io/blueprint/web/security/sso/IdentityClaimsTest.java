package io.blueprint.web.security.sso;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityClaimsTest {

    private static OidcSettings settings(String rolesClaim, String usernameClaim) {
        return OidcSettings.from(name -> switch (name) {
            case OidcSettings.ROLES_CLAIM -> Optional.ofNullable(rolesClaim);
            case OidcSettings.USERNAME_CLAIM -> Optional.ofNullable(usernameClaim);
            default -> Optional.empty();
        });
    }

    @Test
    void thePreferredUserNameNameAndGroupsListAreRead() {
        IdentityClaims who = IdentityClaims.read(Map.of("sub", "f3a9", "preferred_username", "kim.designer",
                "name", "Kim Jiwoo", "groups", List.of("everyone", "bp-designers")), settings(null, null));

        assertThat(who).isEqualTo(new IdentityClaims("f3a9", "kim.designer", "Kim Jiwoo",
                List.of("everyone", "bp-designers")));
    }

    @Test
    void withoutTheUserNameClaimTheSubjectIsTheUserNameAndTheDisplayName() {
        IdentityClaims who = IdentityClaims.read(Map.of("sub", "f3a9"), settings(null, null));

        assertThat(who.username()).isEqualTo("f3a9");
        assertThat(who.displayName()).isEqualTo("f3a9");
        assertThat(who.roleValues()).isEmpty();
    }

    @Test
    void aSingleStringRolesClaimIsOneValue() {
        IdentityClaims who = IdentityClaims.read(Map.of("sub", "1", "role", "bp-ops"), settings("role", null));

        assertThat(who.roleValues()).containsExactly("bp-ops");
    }

    @Test
    void aDottedRolesClaimReadsANestedClaimAsKeycloakSendsIt() {
        IdentityClaims who = IdentityClaims.read(Map.of("sub", "1", "email", "lee@example.com",
                "realm_access", Map.of("roles", List.of("bp-admins", "offline_access"))),
                settings("realm_access.roles", "email"));

        assertThat(who.roleValues()).containsExactly("bp-admins", "offline_access");
        assertThat(who.username()).isEqualTo("lee@example.com");
    }

    @Test
    void valuesThatAreNotStringsAreIgnored() {
        IdentityClaims who = IdentityClaims.read(Map.of("sub", "1", "groups", List.of(7, "bp-viewers", "  ")),
                settings(null, null));

        assertThat(who.roleValues()).containsExactly("bp-viewers");
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        assertThatThrownBy(() -> IdentityClaims.read(Map.of("preferred_username", "x"), settings(null, null)))
                .hasMessageContaining("subject");
    }
}
