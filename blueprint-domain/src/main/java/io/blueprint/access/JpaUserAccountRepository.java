package io.blueprint.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link UserAccountRepository} on JPA. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> lockByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findBySsoSubject(String subject) {
        return em.createQuery("select u from UserAccount u where u.ssoSubject = :subject", UserAccount.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserAccount> list() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public UserAccount store(UserAccount account) {
        if (account.isPersisted()) {
            return em.merge(account);
        }
        em.persist(account);
        return account;
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public long countEnabledWith(Role role) {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where u.enabled = true and r = :role",
                        Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public List<String> enabledWith(Role role) {
        return em.createQuery("select u.username from UserAccount u join u.roles r where u.enabled = true "
                        + "and r = :role order by u.username", String.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public int recordFailedSignIn(long userId, Instant at) {
        em.createQuery("update UserAccount u set u.failedSignIns = u.failedSignIns + 1, u.lastFailedSignInAt = :at "
                        + "where u.id = :id")
                .setParameter("at", at).setParameter("id", userId).executeUpdate();
        return em.createQuery("select u.failedSignIns from UserAccount u where u.id = :id", Integer.class)
                .setParameter("id", userId).getSingleResult();
    }

    @Override
    public void recordSignIn(long userId, Instant at) {
        em.createQuery("update UserAccount u set u.failedSignIns = 0, u.lastFailedSignInAt = null, "
                        + "u.lastSignInAt = :at where u.id = :id")
                .setParameter("at", at).setParameter("id", userId).executeUpdate();
    }

    @Override
    public ApiToken store(ApiToken token) {
        if (token.isPersisted()) {
            return em.merge(token);
        }
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> findTokenByDigest(String digest) {
        return em.createQuery("select t from ApiToken t join fetch t.owner where t.tokenHash = :digest", ApiToken.class)
                .setParameter("digest", digest)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> tokensOf(UserAccount owner) {
        return em.createQuery("select t from ApiToken t where t.owner = :owner order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public long countActiveTokens(UserAccount owner, Instant now) {
        return em.createQuery("select count(t) from ApiToken t where t.owner = :owner and t.revokedAt is null "
                        + "and t.expiresAt > :now", Long.class)
                .setParameter("owner", owner).setParameter("now", now).getSingleResult();
    }

    @Override
    public void noteTokenUse(long tokenId, Instant at, Instant notedBefore) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :at where t.id = :id "
                        + "and (t.lastUsedAt is null or t.lastUsedAt < :before)")
                .setParameter("at", at).setParameter("id", tokenId).setParameter("before", notedBefore)
                .executeUpdate();
    }

    @Override
    public void record(AccountEvent event) {
        em.persist(event);
    }

    @Override
    public List<AccountEvent> history(String username, int limit) {
        return em.createQuery("select e from AccountEvent e where e.username = :username order by e.at desc, e.id desc",
                        AccountEvent.class)
                .setParameter("username", username)
                .setMaxResults(limit)
                .getResultList();
    }
}
