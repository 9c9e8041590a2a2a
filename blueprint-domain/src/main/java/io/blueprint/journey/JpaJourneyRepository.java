package io.blueprint.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** {@link JourneyRepository} on JPA. */
@ApplicationScoped
public class JpaJourneyRepository implements JourneyRepository {

    /** An id no row has, so "every journey but none" needs no nullable parameter (PostgreSQL cannot type a bare null). */
    private static final long NONE = -1L;

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
        // one query per collection: fetching several bags at once would multiply the rows
        journey.ifPresent(j -> {
            fetch("select j from Journey j left join fetch j.steps where j.id = :id", id);
            fetch("select j from Journey j left join fetch j.flows where j.id = :id", id);
            fetch("select j from Journey j left join fetch j.touchpoints where j.id = :id", id);
            em.createQuery("select t from Touchpoint t left join fetch t.kpis where t.journey.id = :id", Touchpoint.class)
                    .setParameter("id", id)
                    .getResultList();
        });
        return journey;
    }

    private void fetch(String query, long id) {
        em.createQuery(query, Journey.class).setParameter("id", id).getResultList();
    }

    @Override
    public Optional<Journey> lockForEdit(long id) {
        return Optional.ofNullable(em.find(Journey.class, id, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(j -> findBlueprint(id));
    }

    @Override
    public void markChanged(Journey journey) {
        em.lock(journey, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public Journey store(Journey journey) {
        if (journey.isPersisted()) {
            return em.merge(journey);
        }
        em.persist(journey);
        return journey;
    }

    @Override
    public void remove(Journey journey) {
        em.remove(journey);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean nameTaken(long serviceId, String name, Long exceptJourneyId) {
        return em.createQuery("select count(j) from Journey j where j.service.id = :service and j.name = :name"
                        + " and j.id <> :except", Long.class)
                .setParameter("service", serviceId)
                .setParameter("name", name)
                .setParameter("except", exceptJourneyId == null ? NONE : exceptJourneyId)
                .getSingleResult() > 0;
    }

    @Override
    public boolean codeTakenElsewhere(long serviceId, String code, Long exceptJourneyId) {
        return em.createQuery("select count(t) from Touchpoint t where t.service.id = :service and t.code = :code"
                        + " and t.journey.id <> :except", Long.class)
                .setParameter("service", serviceId)
                .setParameter("code", code)
                .setParameter("except", exceptJourneyId == null ? NONE : exceptJourneyId)
                .getSingleResult() > 0;
    }

    @Override
    public Optional<Touchpoint> touchpointWithCode(long serviceId, String code, Long exceptJourneyId) {
        return em.createQuery("select t from Touchpoint t"
                        + " where t.service.id = :service and t.code = :code and t.journey.id <> :except", Touchpoint.class)
                .setParameter("service", serviceId)
                .setParameter("code", code)
                .setParameter("except", exceptJourneyId == null ? NONE : exceptJourneyId)
                .getResultStream().findFirst();
    }
}
