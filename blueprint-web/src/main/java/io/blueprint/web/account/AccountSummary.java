package io.blueprint.web.account;

import io.blueprint.access.AccountOrigin;
import io.blueprint.access.Role;
import io.blueprint.access.SignInThrottling;
import io.blueprint.access.UserAccount;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An account as the admin page, the profile page and the API show it: who, which roles, whether it
 * may sign in, and who created, changed or disabled it. Never a password hash.
 *
 * @param locked      failed sign-ins hold the account back until {@code lockedUntil}
 * @param version     the version a change must name (the API's ETag)
 */
public record AccountSummary(String username, String displayName, List<Role> roles, boolean enabled,
                             AccountOrigin origin, boolean mustChangePassword, boolean locked, Instant lockedUntil,
                             int failedSignIns, Instant lastSignInAt, Instant createdAt, String createdBy,
                             Instant updatedAt, String updatedBy, Instant disabledAt, String disabledBy,
                             long version) implements Serializable {

    public static AccountSummary of(UserAccount account, SignInThrottling throttling, Instant now) {
        boolean locked = account.isLocked(now, throttling);
        return new AccountSummary(account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().sorted().toList(), account.isEnabled(), account.getOrigin(),
                account.isMustChangePassword(), locked, locked ? account.nextSignInAttemptAt(throttling) : null,
                account.getFailedSignIns(), account.getLastSignInAt(), account.getCreatedAt(), account.getCreatedBy(),
                account.getUpdatedAt(), account.getUpdatedBy(), account.getDisabledAt(), account.getDisabledBy(),
                account.getVersion());
    }

    /** Only a local account has a password of Blueprint's to change. */
    public boolean hasPassword() {
        return origin == AccountOrigin.LOCAL;
    }
}
