package io.blueprint.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
