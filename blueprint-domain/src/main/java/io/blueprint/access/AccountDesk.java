package io.blueprint.access;

import io.blueprint.journey.Actor;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts as use cases. Admins list, create, change, disable and enable accounts, reset
 * passwords and unlock accounts; everyone changes their own password and keeps their own API
 * tokens; an admin may revoke anyone's token. Every change is written to the account's history.
 * Screens and the API ask {@link #mayManageAccounts()} rather than checking roles themselves.
 */
@ApplicationScoped
@Transactional
public class AccountDesk {

    /** How many history lines an account page shows. */
    public static final int HISTORY_LIMIT = 200;

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountSettings settings;

    @Inject
    Actor actor;

    /** Only admins manage other people's accounts. */
    public boolean mayManageAccounts() {
        return actor.hasRole(Role.ADMIN);
    }

    // ---- admins

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> accounts() {
        requireAdmin();
        return users.list();
    }

    /** One account: an admin reads any, everyone else only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount account(String username) {
        if (!mayManageAccounts() && !Objects.equals(username, actor.name())) {
            throw forbidden();
        }
        return users.findByUsername(username).orElseThrow(() -> notFound(username));
    }

    /**
     * A new local account. {@code temporary}: the password is one the admin hands over, so its owner
     * must choose their own at the first sign-in.
     */
    public UserAccount create(String username, String displayName, char[] password, Set<Role> roles,
                              boolean temporary) {
        requireAdmin();
        String name = UserAccount.validUsername(username);
        if (users.findByUsername(name).isPresent()) {
            throw DomainException.conflict("account.username.taken", name).at("username");
        }
        settings.passwords().check(name, password);
        Instant now = Instant.now();
        UserAccount account = users.store(UserAccount.local(name, displayName, hasher.hash(password), roles,
                temporary, actor.name(), now));
        record(account, now, AccountAction.CREATED, "roles " + roleList(account.getRoles()));
        return account;
    }

    /** New display name and roles; the roles hold from the account's next request on. */
    public UserAccount update(String username, long expectedVersion, String displayName, Set<Role> roles) {
        requireAdmin();
        UserAccount account = lock(username, expectedVersion);
        Instant now = Instant.now();
        if (displayName != null && !displayName.strip().equals(account.getDisplayName())) {
            account.rename(displayName, actor.name());
            record(account, now, AccountAction.DETAILS_CHANGED, null);
        }
        if (roles != null && !EnumSet.copyOf(nonEmpty(roles)).equals(account.getRoles())) {
            if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
                keepAnAdmin(account);
            }
            String before = roleList(account.getRoles());
            account.changeRoles(roles, actor.name());
            record(account, now, AccountAction.ROLES_CHANGED, before + " → " + roleList(account.getRoles()));
        }
        return account;
    }

    /** Nobody can sign in to a disabled account, by any means; its sessions end at their next request. */
    public UserAccount disable(String username, long expectedVersion) {
        requireAdmin();
        if (username.equals(actor.name())) {
            throw DomainException.conflict("account.disable.self");
        }
        UserAccount account = lock(username, expectedVersion);
        if (!account.isEnabled()) {
            return account;
        }
        if (account.getRoles().contains(Role.ADMIN)) {
            keepAnAdmin(account);
        }
        Instant now = Instant.now();
        account.disable(actor.name(), now);
        record(account, now, AccountAction.DISABLED, null);
        return account;
    }

    public UserAccount enable(String username, long expectedVersion) {
        requireAdmin();
        UserAccount account = lock(username, expectedVersion);
        if (!account.isEnabled()) {
            account.enable(actor.name());
            record(account, Instant.now(), AccountAction.ENABLED, null);
        }
        return account;
    }

    /** A password the admin hands over; its owner must change it at the next sign-in. Also unlocks. */
    public UserAccount resetPassword(String username, long expectedVersion, char[] password) {
        requireAdmin();
        UserAccount account = lock(username, expectedVersion);
        settings.passwords().check(account.getUsername(), password);
        Instant now = Instant.now();
        account.setPassword(hasher.hash(password), true, actor.name(), now);
        record(account, now, AccountAction.PASSWORD_RESET, null);
        return account;
    }

    /** Lifts a lock or delay from failed sign-ins at once. */
    public UserAccount unlock(String username) {
        requireAdmin();
        UserAccount account = users.lockByUsername(username).orElseThrow(() -> notFound(username));
        account.unlock();
        record(account, Instant.now(), AccountAction.UNLOCKED, null);
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountEvent> history(String username) {
        account(username);
        return users.history(username, HISTORY_LIMIT);
    }

    // ---- everyone, for themselves

    /** The signed-in person's new password, after proving they know the current one. */
    public UserAccount changeOwnPassword(char[] current, char[] next) {
        UserAccount account = users.lockByUsername(actor.name()).orElseThrow(() -> notFound(actor.name()));
        if (account.getOrigin() != AccountOrigin.LOCAL) {
            throw DomainException.conflict("account.sso.noPassword", account.getUsername());
        }
        if (current == null || current.length > SignInDesk.MAX_SECRET
                || !hasher.verify(current, account.getPasswordHash())) {
            throw new DomainException("password.current.wrong").at("currentPassword");
        }
        if (Arrays.equals(current, next)) {
            throw new DomainException("password.unchanged").at("password");
        }
        settings.passwords().check(account.getUsername(), next);
        Instant now = Instant.now();
        account.setPassword(hasher.hash(next), false, actor.name(), now);
        record(account, now, AccountAction.PASSWORD_CHANGED, null);
        return account;
    }

    /** A new API token for the signed-in person, valid until {@code expiresAt}; the secret is shown once. */
    public IssuedToken createToken(String name, Instant expiresAt) {
        UserAccount owner = users.findByUsername(actor.name()).orElseThrow(() -> notFound(actor.name()));
        if (owner.isMustChangePassword()) {
            throw new DomainException("password.changeRequired");
        }
        Instant now = Instant.now();
        if (expiresAt == null) {
            throw new DomainException("token.expiry.required").at("expiresAt");
        }
        if (!expiresAt.isAfter(now)) {
            throw new DomainException("token.expiry.past").at("expiresAt");
        }
        if (expiresAt.isAfter(now.plus(settings.maxTokenLifetime()))) {
            throw new DomainException("token.expiry.tooLate", settings.maxTokenLifetime().toDays()).at("expiresAt");
        }
        if (users.countActiveTokens(owner, now) >= settings.maxTokensPerUser()) {
            throw DomainException.conflict("token.tooMany", settings.maxTokensPerUser());
        }
        IssuedToken issued = ApiToken.issue(owner, name, now, expiresAt);
        users.store(issued.token());
        record(owner, now, AccountAction.TOKEN_CREATED, issued.token().getName() + " (" + issued.token().getTokenPrefix() + "…)");
        return issued;
    }

    /** The tokens of {@code username}: one's own, or anyone's for an admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> tokens(String username) {
        return users.tokensOf(account(username));
    }

    /** Ends a token at once: its owner may, and so may an admin. */
    public ApiToken revokeToken(long tokenId) {
        ApiToken token = users.findToken(tokenId).orElseThrow(() -> DomainException.notFound("token.notFound", tokenId));
        if (!mayManageAccounts() && !token.getOwner().getUsername().equals(actor.name())) {
            // someone else's token is reported as missing, so ids cannot be probed
            throw DomainException.notFound("token.notFound", tokenId);
        }
        if (token.getRevokedAt() == null) {
            Instant now = Instant.now();
            token.revoke(actor.name(), now);
            record(token.getOwner(), now, AccountAction.TOKEN_REVOKED,
                    token.getName() + " (" + token.getTokenPrefix() + "…)");
        }
        return token;
    }

    // ---- single sign-on

    /**
     * Someone the company's identity provider vouches for: their account is made at the first
     * sign-in and takes the provider's name and roles at every sign-in. A disabled account stays
     * out, and a provider user never takes over a local account of the same name.
     */
    public UserAccount signInThroughIdentityProvider(String subject, String username, String displayName,
                                                     Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("account.sso.noRole", username);
        }
        Instant now = Instant.now();
        UserAccount account = users.findBySsoSubject(subject).orElse(null);
        if (account == null) {
            if (users.findByUsername(username).isPresent()) {
                throw DomainException.conflict("account.sso.usernameTaken", username);
            }
            account = users.store(UserAccount.fromIdentityProvider(subject, username,
                    displayName == null || displayName.isBlank() ? username : displayName, roles));
            users.record(new AccountEvent(account.getUsername(), now, "sso", AccountAction.PROVISIONED_BY_SSO,
                    "roles " + roleList(account.getRoles())));
        } else {
            if (!account.isEnabled()) {
                throw new DomainException("account.disabled", account.getUsername());
            }
            if (!EnumSet.copyOf(roles).equals(account.getRoles())) {
                String before = roleList(account.getRoles());
                account.changeRoles(roles, "sso");
                users.record(new AccountEvent(account.getUsername(), now, "sso", AccountAction.ROLES_CHANGED,
                        before + " → " + roleList(account.getRoles())));
            }
            if (displayName != null && !displayName.isBlank() && !displayName.strip().equals(account.getDisplayName())) {
                account.rename(displayName, "sso");
            }
        }
        users.recordSignIn(account.getId(), now);
        return account;
    }

    // ---- helpers

    private void requireAdmin() {
        if (!mayManageAccounts()) {
            throw forbidden();
        }
    }

    private DomainException forbidden() {
        return DomainException.forbidden("account.forbidden", actor.name());
    }

    private static DomainException notFound(String username) {
        return DomainException.notFound("account.notFound", username);
    }

    private UserAccount lock(String username, long expectedVersion) {
        UserAccount account = users.lockByUsername(username).orElseThrow(() -> notFound(username));
        if (account.getVersion() != expectedVersion) {
            throw new StaleAccountException(username, account.getUpdatedBy(), account.getVersion());
        }
        return account;
    }

    /** Refuses to take the last enabled admin away: nobody could manage accounts after it. */
    private void keepAnAdmin(UserAccount account) {
        if (account.isEnabled() && users.countEnabledWith(Role.ADMIN) <= 1) {
            throw DomainException.conflict("account.lastAdmin", account.getUsername());
        }
    }

    private static Set<Role> nonEmpty(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new DomainException("user.roles.required").at("roles");
        }
        return roles;
    }

    private void record(UserAccount account, Instant at, AccountAction action, String detail) {
        users.record(new AccountEvent(account.getUsername(), at, actor.name(), action, detail));
    }

    private static String roleList(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
