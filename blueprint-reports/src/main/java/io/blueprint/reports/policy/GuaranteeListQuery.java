package io.blueprint.reports.policy;

import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.PolicyFinding;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.reports.catalog.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pages through the guarantees, one line per code showing its latest version, filtered by service,
 * status and a search text. The policy-check counts come from the domain's checks.
 */
@ApplicationScoped
@Transactional
public class GuaranteeListQuery {

    /** Sortable columns, by the names the screens use; anything else sorts by code. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "g.code",
            "title", "g.title",
            "serviceName", "g.service.name",
            "status", "g.status",
            "revision", "g.revision",
            "owner", "g.owner");
    private static final String LATEST = " where g.revision = (select max(h.revision) from ServiceGuarantee h"
            + " where h.code = g.code)";

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    @Inject
    GuaranteeRepository guarantees;

    @Inject
    GuaranteeDesk desk;

    /** What the list is narrowed to; any part may be null. */
    public record Filter(String search, Long serviceId, GuaranteeStatus status) {
    }

    public List<GuaranteeRow> page(int first, int size, Filter filter, String sortBy, boolean ascending) {
        String order = SORTS.getOrDefault(sortBy, "g.code") + (ascending ? " asc" : " desc") + ", g.code";
        TypedQuery<ServiceGuarantee> query = em.createQuery("select g from ServiceGuarantee g join fetch g.service"
                + LATEST + where(filter) + " order by " + order, ServiceGuarantee.class);
        bind(query, filter);
        List<ServiceGuarantee> latest = query.setFirstResult(first).setMaxResults(size).getResultList();
        Map<String, ServiceGuarantee> inForce = guarantees.inForce(desk.today(), filter.serviceId(), null).stream()
                .collect(Collectors.toMap(ServiceGuarantee::getCode, Function.identity(), (a, b) -> a));
        return latest.stream().map(g -> row(g, inForce.get(g.getCode()))).toList();
    }

    public long count(Filter filter) {
        TypedQuery<Long> query = em.createQuery("select count(g) from ServiceGuarantee g"
                + LATEST + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private GuaranteeRow row(ServiceGuarantee g, ServiceGuarantee inForce) {
        List<PolicyFinding> findings = desk.findings(g);
        long errors = findings.stream().filter(PolicyFinding::blocksPublishing).count();
        return new GuaranteeRow(g.getId(), g.getCode(), g.getRevision(), g.getTitle(), g.getService().getId(),
                g.getService().getName(), g.getStatus(), g.getOwner(),
                inForce == null ? null : inForce.getRevision(), inForce == null ? null : inForce.getEffectiveFrom(),
                inForce == null ? null : PublishedGuarantee.lastDayInForce(inForce.getEffectiveTo(), inForce.getEndedOn()),
                errors, findings.size() - errors);
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.serviceId() != null) {
            where.append(" and g.service.id = :service");
        }
        if (filter.status() != null) {
            where.append(" and g.status = :status");
        }
        if (!SearchText.isEmpty(filter.search())) {
            where.append(" and (lower(g.code) like :search or lower(g.title) like :search"
                    + " or lower(g.service.name) like :search or lower(coalesce(g.owner, '')) like :search)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Filter filter) {
        if (filter.serviceId() != null) {
            query.setParameter("service", filter.serviceId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        SearchText.bind(query, filter.search());
    }
}
