package io.blueprint.reports.effort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Which journeys have measured data: the report page opens on the one with the most survey responses. */
@ApplicationScoped
public class MeasuredJourneys {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    /** The journey whose touchpoints have the most survey responses in the rollups, if any has one. */
    public Optional<Long> mostMeasured() {
        List<?> ids = em.createNativeQuery("SELECT t.journey_id FROM survey_day d"
                        + " JOIN touchpoint t ON t.service_id = d.service_id AND t.code = d.touchpoint_code"
                        + " GROUP BY t.journey_id ORDER BY SUM(d.responses) DESC, t.journey_id")
                .setMaxResults(1).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
