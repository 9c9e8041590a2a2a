package io.blueprint.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** {@link JourneyHistory} on JPA. */
@ApplicationScoped
public class JpaJourneyHistory implements JourneyHistory {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    @Override
    public void record(JourneyChange change) {
        em.persist(change);
    }

    @Override
    public List<JourneyChange> of(long journeyId, int max) {
        return em.createQuery("select c from JourneyChange c where c.journeyId = :id order by c.at desc, c.id desc",
                        JourneyChange.class)
                .setParameter("id", journeyId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<JourneyChange> last(long journeyId) {
        return of(journeyId, 1).stream().findFirst();
    }
}
