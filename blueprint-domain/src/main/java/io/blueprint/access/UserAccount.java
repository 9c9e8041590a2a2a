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

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person (or a script's owner) who signs in to Blueprint. A local account holds only a salted
 * password hash, never the password; an account from the company's identity provider holds none.
 * It remembers failed sign-ins so that guessing is slowed down and then locked out.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends Auditable {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_DISPLAY_NAME = 200;
    /** Letters, digits and . _ @ - : what an e-mail address or a directory login uses, nothing a log could misread. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]+");

    @Column(nullable = false, length = MAX_USERNAME, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private AccountOrigin origin = AccountOrigin.LOCAL;

    @Column(name = "sso_subject", length = 255, updatable = false)
    private String ssoSubject;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "last_failed_sign_in_at")
    private Instant lastFailedSignInAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_by", length = MAX_USERNAME, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", length = MAX_USERNAME)
    private String updatedBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_by", length = MAX_USERNAME)
    private String disabledBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    /** A local account with a password hash (made by {@link PasswordHasher}) and at least one role. */
    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this(username, displayName, roles, AccountOrigin.LOCAL, null, "system");
        changePasswordHash(passwordHash);
    }

    private UserAccount(String username, String displayName, Set<Role> roles, AccountOrigin origin, String ssoSubject,
                        String createdBy) {
        this.username = validUsername(username);
        this.displayName = Text.required(displayName, MAX_DISPLAY_NAME, "user.displayName");
        this.origin = origin;
        this.ssoSubject = ssoSubject;
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        assignRoles(roles);
    }

    /** A local account an admin creates; {@code temporary} passwords must be changed at the first sign-in. */
    public static UserAccount local(String username, String displayName, String passwordHash, Set<Role> roles,
                                    boolean temporary, String createdBy, Instant at) {
        UserAccount account = new UserAccount(username, displayName, roles, AccountOrigin.LOCAL, null, createdBy);
        account.changePasswordHash(passwordHash);
        account.passwordChangedAt = at;
        account.mustChangePassword = temporary;
        return account;
    }

    /** An account for someone the company's identity provider vouches for, made at their first sign-in. */
    public static UserAccount fromIdentityProvider(String subject, String username, String displayName, Set<Role> roles) {
        String checkedSubject = Text.required(subject, 255, "user.ssoSubject");
        return new UserAccount(username, displayName, roles, AccountOrigin.SSO, checkedSubject, "sso");
    }

    static String validUsername(String username) {
        String name = Text.required(username, MAX_USERNAME, "user.username");
        if (!USERNAME.matcher(name).matches()) {
            throw new DomainException("user.username.invalid").at("username");
        }
        return name;
    }

    public final void changePasswordHash(String newHash) {
        this.passwordHash = Text.required(newHash, 512, "user.password");
    }

    /** A new password: {@code temporary} when an admin set it, so the owner must choose their own. */
    void setPassword(String newHash, boolean temporary, String by, Instant at) {
        if (origin != AccountOrigin.LOCAL) {
            throw DomainException.conflict("account.sso.noPassword", username);
        }
        changePasswordHash(newHash);
        mustChangePassword = temporary;
        passwordChangedAt = at;
        unlock();
        updatedBy = by;
    }

    void rename(String newDisplayName, String by) {
        displayName = Text.required(newDisplayName, MAX_DISPLAY_NAME, "user.displayName");
        updatedBy = by;
    }

    void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainException("user.roles.required").at("roles");
        }
        roles = EnumSet.copyOf(newRoles);
    }

    void changeRoles(Set<Role> newRoles, String by) {
        assignRoles(newRoles);
        updatedBy = by;
    }

    void disable(String by, Instant at) {
        enabled = false;
        disabledAt = at;
        disabledBy = by;
        updatedBy = by;
    }

    void enable(String by) {
        enabled = true;
        disabledAt = null;
        disabledBy = null;
        updatedBy = by;
    }

    /** Demo accounts outside the embedded demo, and passwords an admin set: the owner picks a new one first. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    // ---- sign-in protection

    /**
     * When this account may try to sign in again; {@link Instant#MIN} when it may now. Derived from the
     * failures in a row and the last one's time: a lock is the throttling's answer for many failures.
     */
    public Instant nextSignInAttemptAt(SignInThrottling throttling) {
        return throttling.nextAttemptAt(failedSignIns, lastFailedSignInAt);
    }

    void unlock() {
        failedSignIns = 0;
        lastFailedSignInAt = null;
    }

    public boolean isLocked(Instant now, SignInThrottling throttling) {
        return nextSignInAttemptAt(throttling).isAfter(now);
    }

    // ---- reading

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

    public AccountOrigin getOrigin() {
        return origin;
    }

    public String getSsoSubject() {
        return ssoSubject;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public String getDisabledBy() {
        return disabledBy;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
