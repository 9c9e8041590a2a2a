package io.blueprint.reports.effort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Which journeys have measured data: the report page opens on the one with the most recent survey responses. */
@ApplicationScoped
public class MeasuredJourneys {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    /** The journey whose touchpoints have the most survey responses from {@code since} on, if any has one. */
    public Optional<Long> mostMeasured(LocalDate since) {
        List<?> ids = em.createNativeQuery("SELECT t.journey_id FROM survey_day d"
                        + " JOIN touchpoint t ON t.service_id = d.service_id AND t.code = d.touchpoint_code"
                        + " WHERE d.on_day >= ?1"
                        + " GROUP BY t.journey_id ORDER BY SUM(d.responses) DESC, t.journey_id")
                .setParameter(1, since)
                .setMaxResults(1).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
