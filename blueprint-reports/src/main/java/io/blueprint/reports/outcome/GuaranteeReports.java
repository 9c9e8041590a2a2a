package io.blueprint.reports.outcome;

import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.policy.outcome.GuaranteeOutcomes;
import io.blueprint.policy.outcome.VersionSpan;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The guarantee outcome report: every guarantee in force on some day of a period, optionally of one service, with
 * its monthly breaches and compensation cost ({@link GuaranteeOutcomes}). Reads only.
 */
@ApplicationScoped
@Transactional
public class GuaranteeReports {

    @Inject
    GuaranteeRepository guarantees;

    @Inject
    GuaranteeOutcomes outcomes;

    @Inject
    ServiceRepository services;

    /** The report of the period, of one service or (serviceId null) of all; an unknown service is refused (404). */
    public GuaranteeOutcomeReport report(LocalDate from, LocalDate to, Long serviceId) {
        outcomes.checkPeriod(from, to);
        String serviceName = serviceId == null ? null : services.find(serviceId).map(Service::getName)
                .orElseThrow(() -> DomainException.notFound("outcome.service.notFound", String.valueOf(serviceId)).at("service"));
        List<GuaranteeOutcomeRow> rows = new ArrayList<>();
        for (ServiceGuarantee latest : guarantees.latestVersions(serviceId)) {
            List<ServiceGuarantee> versions = guarantees.versions(latest.getCode());
            ServiceGuarantee shown = null;
            for (VersionSpan span : VersionSpan.inForce(versions)) {
                if (!span.from().isAfter(to) && (span.to() == null || !span.to().isBefore(from))) {
                    shown = versions.stream().filter(v -> v.getRevision() == span.revision()).findFirst().orElseThrow();
                }
            }
            if (shown == null) {
                continue;
            }
            rows.add(new GuaranteeOutcomeRow(shown.getId(), shown.getCode(), shown.getRevision(), shown.getTitle(),
                    shown.getService().getId(), shown.getService().getName(), shown.getCondition().getMetric(),
                    shown.getCondition().getOperator(), shown.getCondition().getThreshold(), shown.getCondition().getUnit(),
                    outcomes.outcome(shown.getCode(), from, to)));
        }
        return new GuaranteeOutcomeReport(from, to, serviceId, serviceName, outcomes.settings().claimRate(), rows);
    }
}
