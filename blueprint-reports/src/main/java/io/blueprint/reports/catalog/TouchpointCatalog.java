package io.blueprint.reports.catalog;

import io.blueprint.journey.Touchpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Read model of the touchpoints a service has drawn on its blueprints, for pickers and links. */
@ApplicationScoped
public class TouchpointCatalog {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    /** Every touchpoint of the service, by code. */
    public List<TouchpointRow> ofService(long serviceId) {
        return em.createQuery("select t from Touchpoint t join fetch t.step join fetch t.journey"
                        + " where t.service.id = :service order by t.code", Touchpoint.class)
                .setParameter("service", serviceId)
                .getResultStream()
                .map(t -> new TouchpointRow(t.getCode(), t.getChannel(), t.getStep().getLane(), t.getStep().getTitle(),
                        t.getJourney().getId(), t.getJourney().getName(), t.getJourney().getStatus()))
                .toList();
    }
}
