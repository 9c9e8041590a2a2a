package io.blueprint.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** {@link JourneyRepository} on JPA. */
@ApplicationScoped
public class JpaJourneyRepository implements JourneyRepository {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    @Override
    public Optional<Journey> findBlueprint(long id) {
        Optional<Journey> journey = em.createQuery(
                        "select j from Journey j join fetch j.service left join fetch j.stages where j.id = :id",
                        Journey.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
        // the second collection in its own query: fetching both bags at once would multiply rows
        journey.ifPresent(j -> em.createQuery(
                        "select j from Journey j left join fetch j.steps where j.id = :id", Journey.class)
                .setParameter("id", id)
                .getSingleResult());
        return journey;
    }

    @Override
    public Journey store(Journey journey) {
        if (journey.isPersisted()) {
            return em.merge(journey);
        }
        em.persist(journey);
        return journey;
    }
}
