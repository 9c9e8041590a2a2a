package io.blueprint.access;

import java.util.List;
import java.util.Optional;

/** Where user accounts, their API tokens and their history are kept. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The account, its row locked until the transaction ends, for a change that must not race another. */
    Optional<UserAccount> lockByUsername(String username);

    Optional<UserAccount> findBySsoSubject(String subject);

    /** All accounts, by user name. */
    List<UserAccount> list();

    UserAccount store(UserAccount account);

    long count();

    /** Enabled accounts holding {@code role}. */
    long countEnabledWith(Role role);

    /** The user names of the enabled accounts holding {@code role}. */
    List<String> enabledWith(Role role);

    // ---- sign-in bookkeeping: atomic updates that never conflict with an admin's edit of the account

    /** Counts one more failed sign-in; answers the count now. */
    int recordFailedSignIn(long userId, java.time.Instant at);

    /** A successful sign-in: the failure count starts again. */
    void recordSignIn(long userId, java.time.Instant at);

    // ---- tokens

    ApiToken store(ApiToken token);

    Optional<ApiToken> findTokenByDigest(String digest);

    Optional<ApiToken> findToken(long id);

    /** The owner's tokens, newest first, revoked and expired ones included. */
    List<ApiToken> tokensOf(UserAccount owner);

    /** Active tokens the owner holds at {@code now}. */
    long countActiveTokens(UserAccount owner, java.time.Instant now);

    /** Notes the token's last use, unless another request already did so after {@code notedBefore}. */
    void noteTokenUse(long tokenId, java.time.Instant at, java.time.Instant notedBefore);

    // ---- history

    void record(AccountEvent event);

    /** The account's history, newest first, at most {@code limit} lines. */
    List<AccountEvent> history(String username, int limit);
}
