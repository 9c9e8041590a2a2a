package io.blueprint.policy;

import io.blueprint.journey.Channel;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.Lane;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link GuaranteeRepository} on JPA. */
@ApplicationScoped
public class JpaGuaranteeRepository implements GuaranteeRepository {

    private static final List<GuaranteeStatus> APPROVED =
            List.of(GuaranteeStatus.PUBLISHED, GuaranteeStatus.SUPERSEDED, GuaranteeStatus.RETIRED);
    private static final String IN_FORCE = "g.status in :approved and g.effectiveFrom <= :date"
            + " and (g.effectiveTo is null or g.effectiveTo >= :date) and (g.endedOn is null or g.endedOn > :date)";

    /** An id no row has, so "every service" needs no nullable parameter (PostgreSQL cannot type a bare null). */
    private static final long NONE = -1L;

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    @Override
    public Optional<ServiceGuarantee> find(long id) {
        return Optional.ofNullable(em.find(ServiceGuarantee.class, id));
    }

    @Override
    public Optional<ServiceGuarantee> lock(long id) {
        return Optional.ofNullable(em.find(ServiceGuarantee.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ServiceGuarantee> versions(String code) {
        return em.createQuery("select g from ServiceGuarantee g where g.code = :code order by g.revision",
                        ServiceGuarantee.class)
                .setParameter("code", code)
                .getResultList();
    }

    @Override
    public boolean codeTaken(String code) {
        return em.createQuery("select count(g) from ServiceGuarantee g where g.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult() > 0;
    }

    @Override
    public List<ServiceGuarantee> latestVersions(Long serviceId) {
        return em.createQuery("select g from ServiceGuarantee g join fetch g.service where g.revision ="
                        + " (select max(o.revision) from ServiceGuarantee o where o.code = g.code)"
                        + " and (g.service.id = :service or :service = " + NONE + ") order by g.code", ServiceGuarantee.class)
                .setParameter("service", serviceId == null ? NONE : serviceId)
                .getResultList();
    }

    @Override
    public Optional<ServiceGuarantee> openVersion(String code) {
        return byStatus(code, List.of(GuaranteeStatus.DRAFT, GuaranteeStatus.IN_REVIEW));
    }

    @Override
    public Optional<ServiceGuarantee> published(String code) {
        return byStatus(code, List.of(GuaranteeStatus.PUBLISHED));
    }

    private Optional<ServiceGuarantee> byStatus(String code, List<GuaranteeStatus> statuses) {
        return em.createQuery("select g from ServiceGuarantee g where g.code = :code and g.status in :statuses"
                        + " order by g.revision desc", ServiceGuarantee.class)
                .setParameter("code", code)
                .setParameter("statuses", statuses)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ServiceGuarantee> inForce(LocalDate date, Long serviceId, Channel channel) {
        StringBuilder jpql = new StringBuilder("select g from ServiceGuarantee g join fetch g.service where ")
                .append(IN_FORCE);
        if (serviceId != null) {
            jpql.append(" and g.service.id = :service");
        }
        if (channel != null) {
            jpql.append(" and exists (select t from Touchpoint t join g.touchpointCodes c"
                    + " where t.service = g.service and t.code = c and t.channel = :channel)");
        }
        jpql.append(" order by g.code");
        var query = em.createQuery(jpql.toString(), ServiceGuarantee.class)
                .setParameter("approved", APPROVED)
                .setParameter("date", date);
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        if (channel != null) {
            query.setParameter("channel", channel);
        }
        return query.getResultList();
    }

    @Override
    public Optional<ServiceGuarantee> inForce(String code, LocalDate date) {
        return em.createQuery("select g from ServiceGuarantee g where g.code = :code and " + IN_FORCE
                        + " order by g.revision desc", ServiceGuarantee.class)
                .setParameter("code", code)
                .setParameter("approved", APPROVED)
                .setParameter("date", date)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Set<String> customerVisibleTouchpoints(long serviceId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        List<Lane> visible = Arrays.stream(Lane.values()).filter(Lane::isCustomerFacing).toList();
        return new HashSet<>(em.createQuery("select t.code from Touchpoint t where t.service.id = :service"
                        + " and t.code in :codes and t.step.lane in :lanes and t.journey.status = :active", String.class)
                .setParameter("service", serviceId)
                .setParameter("codes", codes)
                .setParameter("lanes", visible)
                .setParameter("active", JourneyStatus.ACTIVE)
                .getResultList());
    }

    @Override
    public long count() {
        return em.createQuery("select count(g) from ServiceGuarantee g", Long.class).getSingleResult();
    }

    @Override
    public ServiceGuarantee store(ServiceGuarantee guarantee) {
        if (guarantee.isPersisted()) {
            return em.merge(guarantee);
        }
        em.persist(guarantee);
        return guarantee;
    }

    @Override
    public void remove(ServiceGuarantee guarantee) {
        em.remove(guarantee);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
