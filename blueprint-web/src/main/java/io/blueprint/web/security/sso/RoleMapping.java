package io.blueprint.web.security.sso;

import io.blueprint.access.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which Blueprint roles the identity provider's group (or role) values give, read from a setting such
 * as {@code bp-admins=ADMIN,bp-designers=DESIGNER}. A value may appear more than once to give several
 * roles; a value that is not in the map gives none.
 */
public final class RoleMapping {

    private final Map<String, Set<Role>> rolesByValue;

    private RoleMapping(Map<String, Set<Role>> rolesByValue) {
        this.rolesByValue = rolesByValue;
    }

    /**
     * Reads {@code value=ROLE} pairs separated by commas; role names in any case.
     *
     * @throws IllegalArgumentException naming the pair that is not {@code value=ROLE} or the unknown role
     */
    public static RoleMapping parse(String setting) {
        Map<String, Set<Role>> map = new LinkedHashMap<>();
        if (setting != null) {
            for (String pair : setting.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int equals = pair.lastIndexOf('=');
                String value = equals < 0 ? "" : pair.substring(0, equals).trim();
                String roleName = equals < 0 ? "" : pair.substring(equals + 1).trim();
                if (value.isEmpty() || roleName.isEmpty()) {
                    throw new IllegalArgumentException("'" + pair.trim() + "' is not of the form group=ROLE");
                }
                map.computeIfAbsent(value, v -> EnumSet.noneOf(Role.class)).add(role(roleName, pair.trim()));
            }
        }
        return new RoleMapping(map);
    }

    private static Role role(String name, String pair) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + pair + "' names no Blueprint role; the roles are "
                    + EnumSet.allOf(Role.class), unknown);
        }
    }

    /** The roles that these claim values give together; empty when none is mapped. */
    public Set<Role> rolesFor(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claimValues) {
            roles.addAll(rolesByValue.getOrDefault(value, Set.of()));
        }
        return roles;
    }

    public boolean isEmpty() {
        return rolesByValue.isEmpty();
    }
}
