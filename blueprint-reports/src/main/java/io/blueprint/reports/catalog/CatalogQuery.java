package io.blueprint.reports.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Read model of every service and its journeys, counted in two queries whatever the catalogue's size. */
@ApplicationScoped
public class CatalogQuery {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    public List<ServiceSummary> services() {
        List<JourneySummary> journeys = em.createQuery("""
                        select new io.blueprint.reports.catalog.JourneySummary(
                            j.id, j.service.id, j.name, j.persona, j.status,
                            (select count(st) from Stage st where st.journey = j),
                            (select count(sp) from Step sp where sp.journey = j))
                        from Journey j order by j.name""", JourneySummary.class)
                .getResultList();
        Map<Long, List<JourneySummary>> byService = journeys.stream()
                .collect(Collectors.groupingBy(JourneySummary::serviceId));
        return em.createQuery("select s.id, s.name, s.description, s.owner from Service s order by s.name",
                        Object[].class)
                .getResultStream()
                .map(row -> new ServiceSummary((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        byService.getOrDefault((Long) row[0], List.of())))
                .toList();
    }
}
