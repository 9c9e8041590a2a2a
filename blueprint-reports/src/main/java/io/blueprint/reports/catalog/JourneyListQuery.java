package io.blueprint.reports.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;

/** Pages through journeys in the database, filtered by a search text and optionally one service, sorted by a column. */
@ApplicationScoped
public class JourneyListQuery {

    /** Sortable columns, by the names the screens use; anything else sorts by name. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "j.name",
            "serviceName", "j.service.name",
            "status", "j.status",
            "updatedAt", "j.updatedAt");

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    /** One page of the journeys of {@code serviceId} (every service when null) that match {@code search}. */
    public List<JourneyRow> page(int first, int size, Long serviceId, String search, String sortBy, boolean ascending) {
        String order = SORTS.getOrDefault(sortBy, "j.name") + (ascending ? " asc" : " desc") + ", j.id";
        TypedQuery<JourneyRow> query = em.createQuery("""
                select new io.blueprint.reports.catalog.JourneyRow(
                    j.id, j.version, j.service.id, j.service.name, j.name, j.persona, j.status,
                    (select count(st) from Stage st where st.journey = j),
                    (select count(sp) from Step sp where sp.journey = j), j.updatedAt)
                from Journey j""" + where(serviceId, search) + " order by " + order, JourneyRow.class);
        bind(query, serviceId, search);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Long serviceId, String search) {
        TypedQuery<Long> query = em.createQuery("select count(j) from Journey j" + where(serviceId, search), Long.class);
        bind(query, serviceId, search);
        return query.getSingleResult();
    }

    private static String where(Long serviceId, String search) {
        String inService = serviceId == null ? null : "j.service.id = :service";
        String matching = SearchText.isEmpty(search) ? null
                : "(lower(j.name) like :search or lower(j.service.name) like :search"
                + " or lower(coalesce(j.persona, '')) like :search)";
        if (inService == null && matching == null) {
            return "";
        }
        return " where " + (inService == null ? matching : matching == null ? inService : inService + " and " + matching);
    }

    private static void bind(TypedQuery<?> query, Long serviceId, String search) {
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        SearchText.bind(query, search);
    }
}
