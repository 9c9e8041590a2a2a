package io.blueprint.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Proves who is calling: a user name and password, an API token, or an account the signed-in
 * session names. Counts failed passwords per account and refuses further attempts while the
 * account is delayed or locked, before spending a slow hash on them. Says why a sign-in failed so
 * the caller can log it; the caller tells the client only "wrong user name or password".
 */
@ApplicationScoped
public class SignInDesk {

    /** How a sign-in ended. Only {@link #VALID} signs anyone in. */
    public enum Outcome {
        VALID,
        UNKNOWN_USER,
        WRONG_PASSWORD,
        /** No password of its own: the account signs in through the identity provider. */
        NO_PASSWORD,
        DISABLED,
        /** Too many failures: no attempt is checked before {@link Verdict#retryAt()}. */
        THROTTLED,
        UNKNOWN_TOKEN,
        EXPIRED_TOKEN,
        REVOKED_TOKEN
    }

    /** The outcome, the account when there is one, and when a throttled caller may try again. */
    public record Verdict(Outcome outcome, UserAccount account, Instant retryAt) {

        public boolean valid() {
            return outcome == Outcome.VALID;
        }

        static Verdict of(Outcome outcome) {
            return new Verdict(outcome, null, null);
        }
    }

    /** Longer input than this is no credential of ours; refused before any work. */
    static final int MAX_SECRET = 1024;

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountSettings settings;

    @Transactional
    public Verdict verifyPassword(String username, char[] password, Instant now) {
        if (username == null || username.isBlank() || username.length() > UserAccount.MAX_USERNAME
                || password == null || password.length > MAX_SECRET) {
            hasher.verifyDecoy(new char[0]);
            return Verdict.of(Outcome.UNKNOWN_USER);
        }
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return Verdict.of(Outcome.UNKNOWN_USER);
        }
        UserAccount account = found.get();
        Optional<Instant> wait = throttledUntil(account, now);
        if (wait.isPresent()) {
            return new Verdict(Outcome.THROTTLED, account, wait.get());
        }
        if (account.getPasswordHash() == null) {
            hasher.verifyDecoy(password);
            return new Verdict(Outcome.NO_PASSWORD, account, null);
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            int failures = users.recordFailedSignIn(account.getId(), now);
            SignInThrottling throttling = settings.accountThrottling();
            Instant next = throttling.nextAttemptAt(failures, now);
            if (failures == throttling.lockAfter()) {
                users.record(new AccountEvent(account.getUsername(), now, "system", AccountAction.LOCKED,
                        failures + " failed sign-ins"));
            }
            return new Verdict(Outcome.WRONG_PASSWORD, account, next.isAfter(now) ? next : null);
        }
        if (!account.isEnabled()) {
            return new Verdict(Outcome.DISABLED, account, null);
        }
        if (hasher.isOutdated(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password));
            users.record(new AccountEvent(account.getUsername(), now, account.getUsername(),
                    AccountAction.PASSWORD_HASH_UPGRADED, null));
        }
        users.recordSignIn(account.getId(), now);
        return new Verdict(Outcome.VALID, account, null);
    }

    /** A token presented as {@code Authorization: Bearer …}: active, and its owner enabled. */
    @Transactional
    public Verdict verifyToken(String secret, Instant now) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > MAX_SECRET) {
            return Verdict.of(Outcome.UNKNOWN_TOKEN);
        }
        Optional<ApiToken> found = users.findTokenByDigest(ApiToken.digest(secret));
        if (found.isEmpty()) {
            return Verdict.of(Outcome.UNKNOWN_TOKEN);
        }
        ApiToken token = found.get();
        UserAccount owner = token.getOwner();
        if (token.getRevokedAt() != null) {
            return new Verdict(Outcome.REVOKED_TOKEN, owner, null);
        }
        if (!token.isActive(now)) {
            return new Verdict(Outcome.EXPIRED_TOKEN, owner, null);
        }
        if (!owner.isEnabled()) {
            return new Verdict(Outcome.DISABLED, owner, null);
        }
        if (token.useWorthNoting(now)) {
            users.noteTokenUse(token.getId(), now, now.minus(ApiToken.LAST_USE_RESOLUTION));
        }
        return new Verdict(Outcome.VALID, owner, null);
    }

    /**
     * The account a session or a recently verified credential names, as it is now: roles changed
     * and accounts disabled since take effect at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> current(String username) {
        return users.findByUsername(username).filter(UserAccount::isEnabled);
    }

    /** When the account may try again, or empty when it may now (for a cached credential's check). */
    public Optional<Instant> throttledUntil(UserAccount account, Instant now) {
        Instant retryAt = account.nextSignInAttemptAt(settings.accountThrottling());
        return retryAt.isAfter(now) ? Optional.of(retryAt) : Optional.empty();
    }
}
