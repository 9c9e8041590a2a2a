package io.blueprint.web.security.sso;

import io.blueprint.access.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleMappingTest {

    private static final RoleMapping COMPANY = RoleMapping.parse(
            "bp-admins=ADMIN, bp-executives=EXECUTIVE,bp-designers=DESIGNER,bp-ops=ops,bp-viewers=VIEWER");

    @Test
    void aMappedGroupGivesItsRole() {
        assertThat(COMPANY.rolesFor(List.of("bp-designers"))).containsExactly(Role.DESIGNER);
        assertThat(COMPANY.rolesFor(List.of("bp-ops"))).as("role names in any case").containsExactly(Role.OPS);
    }

    @Test
    void severalGroupsGiveEveryRoleTheyMapTo() {
        assertThat(COMPANY.rolesFor(List.of("everyone", "bp-viewers", "bp-executives")))
                .containsExactlyInAnyOrder(Role.VIEWER, Role.EXECUTIVE);
    }

    @Test
    void oneGroupMayGiveSeveralRoles() {
        RoleMapping leads = RoleMapping.parse("cx-leads=DESIGNER,cx-leads=EXECUTIVE");

        assertThat(leads.rolesFor(List.of("cx-leads"))).containsExactlyInAnyOrder(Role.DESIGNER, Role.EXECUTIVE);
    }

    @Test
    void groupsThatAreNotMappedGiveNoRole() {
        assertThat(COMPANY.rolesFor(List.of("everyone", "BP-DESIGNERS"))).as("group names are exact").isEmpty();
        assertThat(COMPANY.rolesFor(List.of())).isEmpty();
    }

    @Test
    void aGroupNameMayContainAnEqualsSignOrSlashes() {
        RoleMapping ldap = RoleMapping.parse("cn=bp-admins=ADMIN,/company/blueprint/ops=OPS");

        // the last '=' separates the role (a comma always ends a pair)
        assertThat(ldap.rolesFor(List.of("cn=bp-admins"))).containsExactly(Role.ADMIN);
        assertThat(ldap.rolesFor(List.of("/company/blueprint/ops"))).containsExactly(Role.OPS);
    }

    @Test
    void anUnknownRoleOrAPairWithoutRoleIsRefusedSayingWhich() {
        assertThatThrownBy(() -> RoleMapping.parse("bp-admins=ADMIN,bp-boss=OWNER"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bp-boss=OWNER'").hasMessageContaining("DESIGNER");
        assertThatThrownBy(() -> RoleMapping.parse("bp-admins"))
                .hasMessageContaining("'bp-admins' is not of the form group=ROLE");
        assertThatThrownBy(() -> RoleMapping.parse("=ADMIN")).hasMessageContaining("group=ROLE");
    }

    @Test
    void anEmptySettingMapsNothing() {
        assertThat(RoleMapping.parse("").isEmpty()).isTrue();
        assertThat(RoleMapping.parse(null).isEmpty()).isTrue();
        assertThat(COMPANY.isEmpty()).isFalse();
    }
}
