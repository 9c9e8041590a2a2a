package io.blueprint.reports.outcome;

import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.policy.outcome.GuaranteeOutcomes;
import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.policy.outcome.VersionSpan;
import io.blueprint.reports.effort.BeforeAfterRow;
import io.blueprint.reports.effort.EffortReports;
import io.blueprint.reports.effort.RateComparison;
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
    EffortReports effort;

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
                    outcomes.outcome(versions, from, to)));
        }
        return new GuaranteeOutcomeReport(from, to, serviceId, serviceName, outcomes.settings().claimRate(), rows);
    }

    /**
     * Before and after the latest version change of guarantee {@code code}: the {@code days} days before the day the
     * newer version took effect against the days from it (up to today; the effort reports' before/after days when
     * null). Refused when the guarantee never changed version.
     */
    public GuaranteeBeforeAfter beforeAfter(String code, Integer days) {
        List<ServiceGuarantee> versions = guarantees.versions(code);
        if (versions.isEmpty()) {
            throw DomainException.notFound("guarantee.code.notFound", code).at("code");
        }
        List<VersionSpan> spans = VersionSpan.inForce(versions);
        if (spans.size() < 2) {
            throw DomainException.conflict("outcome.beforeAfter.noChange", code);
        }
        VersionSpan before = spans.get(spans.size() - 2);
        VersionSpan after = spans.get(spans.size() - 1);
        int span = days == null ? effort.settings().beforeAfterDays() : days;
        LocalDate day = after.from();
        long serviceId = versions.get(0).getService().getId();
        BeforeAfterRow effortAround = effort.beforeAfter(serviceId, after.terms().touchpointCodes(), day, span);
        LocalDate today = outcomes.today();
        LocalDate beforeFrom = day.minusDays(span);
        LocalDate afterTo = day.plusDays(span - 1L);
        afterTo = afterTo.isAfter(today) ? today : afterTo;
        OutcomeFigures was = day.isAfter(beforeFrom) ? outcomes.outcome(versions, beforeFrom, day.minusDays(1)).total() : null;
        OutcomeFigures is = afterTo.isBefore(day) ? null : outcomes.outcome(versions, day, afterTo).total();
        RateComparison breaches = RateComparison.between(was == null ? 0 : was.measured(), was == null ? 0 : was.breaches(),
                is == null ? 0 : is.measured(), is == null ? 0 : is.breaches());
        return new GuaranteeBeforeAfter(code, before.revision(), before.terms().condition(), after.revision(),
                after.terms().condition(), day, span, beforeFrom, day.minusDays(1), day, afterTo,
                after.terms().touchpointCodes(), breaches, effortAround.ces(), effortAround.repeatRate());
    }
}
