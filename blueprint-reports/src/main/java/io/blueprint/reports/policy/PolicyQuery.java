package io.blueprint.reports.policy;

import io.blueprint.journey.Channel;
import io.blueprint.journey.Touchpoint;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.ServiceGuarantee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Read model of the guarantees in force on a day, for the charter, the ops exports and the blueprint's badges. */
@ApplicationScoped
@Transactional
public class PolicyQuery {

    @Inject
    GuaranteeRepository guarantees;

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    /**
     * The versions in force on {@code date}, ordered by code; optionally only those of one service, or
     * those kept at a touchpoint of one channel.
     */
    public List<PublishedGuarantee> inForce(LocalDate date, Long serviceId, Channel channel) {
        List<ServiceGuarantee> found = guarantees.inForce(date, serviceId, channel);
        Map<String, Touchpoint> touchpoints = touchpoints(found);
        return found.stream().map(g -> view(g, touchpoints)).toList();
    }

    /** The guarantees in force on {@code date} at each touchpoint code of one service. */
    public Map<String, List<PublishedGuarantee>> byTouchpoint(long serviceId, LocalDate date) {
        Map<String, List<PublishedGuarantee>> byCode = new HashMap<>();
        for (PublishedGuarantee g : inForce(date, serviceId, null)) {
            for (PublishedGuarantee.TouchpointRef t : g.touchpoints()) {
                byCode.computeIfAbsent(t.code(), c -> new java.util.ArrayList<>()).add(g);
            }
        }
        return byCode;
    }

    private Map<String, Touchpoint> touchpoints(List<ServiceGuarantee> found) {
        Set<String> codes = found.stream().flatMap(g -> g.getTouchpointCodes().stream()).collect(Collectors.toSet());
        Set<Long> services = found.stream().map(g -> g.getService().getId()).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t from Touchpoint t join fetch t.journey join fetch t.step"
                        + " where t.service.id in :services and t.code in :codes", Touchpoint.class)
                .setParameter("services", services)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(t -> key(t.getJourney().getService().getId(), t.getCode()), t -> t));
    }

    private static String key(long serviceId, String code) {
        return serviceId + "/" + code;
    }

    private static PublishedGuarantee view(ServiceGuarantee g, Map<String, Touchpoint> touchpoints) {
        long serviceId = g.getService().getId();
        List<PublishedGuarantee.TouchpointRef> refs = g.getTouchpointCodes().stream().map(code -> {
            Touchpoint t = touchpoints.get(key(serviceId, code));
            return t == null ? new PublishedGuarantee.TouchpointRef(code, null, null, null)
                    : new PublishedGuarantee.TouchpointRef(code, t.getChannel(), t.getJourney().getName(),
                    t.getStep().getTitle());
        }).toList();
        var terms = g.terms();
        return new PublishedGuarantee(g.getCode(), g.getRevision(), g.getStatus(), serviceId, g.getService().getName(),
                terms.title(), terms.promise(), terms.condition(), terms.scope(), terms.exclusions(),
                terms.claimChannels(), terms.effectiveFrom(), terms.effectiveTo(), g.getEndedOn(), refs, terms.owner(),
                terms.refundRules(), g.getApprovedBy(), g.getApprovedAt());
    }
}
