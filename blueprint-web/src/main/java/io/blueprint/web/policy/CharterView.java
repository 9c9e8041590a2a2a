package io.blueprint.web.policy;

import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.reports.policy.PolicyQuery;
import io.blueprint.reports.policy.PublishedGuarantee;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public service charter: the guarantees in force today, by service. Only published versions can be in force. */
@Named
@RequestScoped
public class CharterView {

    @Inject
    PolicyQuery query;

    @Inject
    GuaranteeDesk desk;

    private LocalDate today;
    private List<ServiceCharter> services;

    /** One service's guarantees. */
    public record ServiceCharter(String name, List<PublishedGuarantee> guarantees) {
    }

    public LocalDate getToday() {
        if (today == null) {
            today = desk.today();
        }
        return today;
    }

    public List<ServiceCharter> getServices() {
        if (services == null) {
            Map<String, List<PublishedGuarantee>> byService = new LinkedHashMap<>();
            query.inForce(getToday(), null, null).stream()
                    .sorted(java.util.Comparator.comparing(PublishedGuarantee::serviceName)
                            .thenComparing(PublishedGuarantee::code))
                    .forEach(g -> byService.computeIfAbsent(g.serviceName(), s -> new ArrayList<>()).add(g));
            services = byService.entrySet().stream().map(e -> new ServiceCharter(e.getKey(), e.getValue())).toList();
        }
        return services;
    }
}
