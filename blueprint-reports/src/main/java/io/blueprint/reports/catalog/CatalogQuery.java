package io.blueprint.reports.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Read model of every service and its journeys, counted in two queries whatever the catalogue's size. */
@ApplicationScoped
public class CatalogQuery {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    public List<ServiceSummary> services() {
        return summaries("", null);
    }

    /** One service with its journeys, if it exists. */
    public Optional<ServiceSummary> service(long id) {
        return summaries(" where s.id = :id", id).stream().findFirst();
    }

    private List<ServiceSummary> summaries(String where, Long id) {
        TypedQuery<JourneySummary> journeyQuery = em.createQuery("""
                        select new io.blueprint.reports.catalog.JourneySummary(
                            j.id, j.service.id, j.name, j.persona, j.status,
                            (select count(st) from Stage st where st.journey = j),
                            (select count(sp) from Step sp where sp.journey = j))
                        from Journey j join j.service s""" + where + " order by j.name", JourneySummary.class);
        TypedQuery<Object[]> serviceQuery = em.createQuery(
                "select s.id, s.name, s.description, s.owner from Service s" + where + " order by s.name", Object[].class);
        if (id != null) {
            journeyQuery.setParameter("id", id);
            serviceQuery.setParameter("id", id);
        }
        Map<Long, List<JourneySummary>> byService = journeyQuery.getResultStream()
                .collect(Collectors.groupingBy(JourneySummary::serviceId));
        return serviceQuery.getResultStream()
                .map(row -> new ServiceSummary((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        byService.getOrDefault((Long) row[0], List.of())))
                .toList();
    }
}
