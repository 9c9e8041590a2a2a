package io.blueprint.reports.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;

/** Pages through services in the database, filtered by a search text and sorted by a column. */
@ApplicationScoped
public class ServiceListQuery {

    private static final Map<String, String> SORTS = Map.of(
            "name", "s.name",
            "owner", "s.owner",
            "updatedAt", "s.updatedAt");

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    public List<ServiceRow> page(int first, int size, String search, String sortBy, boolean ascending) {
        String order = SORTS.getOrDefault(sortBy, "s.name") + (ascending ? " asc" : " desc") + ", s.id";
        TypedQuery<ServiceRow> query = em.createQuery("""
                select new io.blueprint.reports.catalog.ServiceRow(s.id, s.version, s.name, s.description, s.owner,
                    (select count(j) from Journey j where j.service = s), s.updatedAt)
                from Service s""" + where(search) + " order by " + order, ServiceRow.class);
        SearchText.bind(query, search);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String search) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Service s" + where(search), Long.class);
        SearchText.bind(query, search);
        return query.getSingleResult();
    }

    private static String where(String search) {
        return SearchText.isEmpty(search) ? ""
                : " where lower(s.name) like :search or lower(coalesce(s.owner, '')) like :search";
    }
}
