package io.blueprint.access;

import io.blueprint.shared.Auditable;
import io.blueprint.shared.DomainException;
import io.blueprint.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in to Blueprint. Holds only a salted password hash, never the password. */
@Entity
@Table(name = "app_user")
public class UserAccount extends Auditable {

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = Text.required(username, 64, "user.username");
        this.displayName = Text.required(displayName, 200, "user.displayName");
        changePasswordHash(passwordHash);
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("user.roles.required");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    public final void changePasswordHash(String newHash) {
        this.passwordHash = Text.required(newHash, 512, "user.password");
    }

    public void disable() {
        enabled = false;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
