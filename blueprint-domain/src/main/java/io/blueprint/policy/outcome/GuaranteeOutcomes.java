package io.blueprint.policy.outcome;

import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.PolicyAction;
import io.blueprint.policy.PolicySettings;
import io.blueprint.policy.RefundRule;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the guarantees were kept: each guarantee's breaches and their cost month by month, each day under the
 * version then in force ({@link #outcome}), and what a draft's terms would have done over the last months beside
 * the version in force today ({@link #whatIf}). Reads only; a what-if changes nothing, least of all a published
 * version.
 */
@ApplicationScoped
@Transactional
public class GuaranteeOutcomes {

    @Inject
    GuaranteeRepository guarantees;

    @Inject
    GuaranteeDesk desk;

    @Inject
    MeasuredOccurrences occurrences;

    @Inject
    PolicySettings policySettings;

    @Inject
    Instance<OutcomeSettings> configuredSettings;

    @Inject
    Instance<BusinessCalendar> configuredCalendar;

    public OutcomeSettings settings() {
        return configuredSettings.isResolvable() ? configuredSettings.get() : OutcomeSettings.defaults();
    }

    public BusinessCalendar calendar() {
        return configuredCalendar.isResolvable() ? configuredCalendar.get() : BusinessCalendar.korea();
    }

    private BreachMeasurement measurement() {
        return new BreachMeasurement(policySettings.zone(), calendar(), settings().claimRate());
    }

    /** Today in the company's zone. */
    public LocalDate today() {
        return LocalDate.now(policySettings.zone());
    }

    /** Refuses periods that end before they start or span more months than the setting allows. */
    public void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("outcome.period.order", from, to).at("to");
        }
        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
        if (months > settings().maxMonths()) {
            throw new DomainException("outcome.period.tooLong", settings().maxMonths()).at("to");
        }
    }

    /**
     * The outcome of guarantee {@code code} from {@code from} to {@code to}: every version that was in force on some
     * of those days, each day judged by its own version. Unmeasurable when the latest version in force cannot be
     * measured.
     */
    public Outcome outcome(String code, LocalDate from, LocalDate to) {
        List<ServiceGuarantee> versions = guarantees.versions(code);
        if (versions.isEmpty()) {
            throw DomainException.notFound("guarantee.code.notFound", code).at("code");
        }
        return outcome(versions, from, to);
    }

    /** The same for the versions of one guarantee already read (every version of its code, oldest first). */
    public Outcome outcome(List<ServiceGuarantee> versions, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        List<VersionSpan> spans = VersionSpan.inForce(versions).stream()
                .filter(s -> !s.from().isAfter(to) && (s.to() == null || !s.to().isBefore(from)))
                .filter(s -> BreachMeasurement.unmeasurable(s.terms().condition(), s.terms().touchpointCodes()) == null)
                .toList();
        if (spans.isEmpty()) {
            ServiceGuarantee latest = latestPublished(versions).orElse(versions.get(versions.size() - 1));
            Unmeasurable why = BreachMeasurement.unmeasurable(latest.getCondition(), latest.getTouchpointCodes());
            if (why != null) {
                return BreachMeasurement.unmeasured(from, to, why);
            }
        }
        return measure(versions.get(0).getService().getId(), spans, from, to);
    }

    private static Optional<ServiceGuarantee> latestPublished(List<ServiceGuarantee> versions) {
        return versions.stream().filter(v -> v.getStatus().wasPublished()).reduce((a, b) -> b);
    }

    /**
     * What the terms tried on an open version (draft or in review) would have done over the last whole months
     * (the setting, 6 by default), beside the terms of the version in force today over the same months, as if each
     * had been in force all along. A null condition or null rules keep the open version's own.
     */
    public WhatIf whatIf(long guaranteeId, GuaranteeCondition condition, List<RefundRuleTerms> rules) {
        if (!desk.allows(PolicyAction.DRAFT)) {
            throw DomainException.forbidden("outcome.whatIf.forbidden");
        }
        ServiceGuarantee open = guarantees.find(guaranteeId)
                .orElseThrow(() -> DomainException.notFound("guarantee.notFound", guaranteeId).at("guarantee"));
        if (!open.getStatus().isOpen()) {
            throw DomainException.conflict("outcome.whatIf.notOpen", open.getCode(), open.getRevision(), open.getStatus());
        }
        if (rules != null) {
            if (rules.size() > ServiceGuarantee.LIST_LIMIT) {
                throw new DomainException("outcome.whatIf.tooManyRules", ServiceGuarantee.LIST_LIMIT).at("refundRules");
            }
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i) == null) {
                    throw new DomainException("outcome.whatIf.ruleMissing").at("refundRules[" + i + "]");
                }
                try {
                    RefundRule.validate(rules.get(i));
                } catch (DomainException e) {
                    throw e.at("refundRules[" + i + "]." + e.getField());
                }
            }
        }
        OutcomeTerms own = VersionSpan.termsOf(open);
        OutcomeTerms tried = new OutcomeTerms(condition == null ? own.condition() : condition,
                rules == null ? own.rules() : rules, own.touchpointCodes());
        YearMonth current = YearMonth.from(today());
        LocalDate from = current.minusMonths(settings().whatIfMonths()).atDay(1);
        LocalDate to = current.minusMonths(1).atEndOfMonth();
        long serviceId = open.getService().getId();
        Optional<ServiceGuarantee> inForce = guarantees.inForce(open.getCode(), today());
        // both sets of terms judge the same rows: they are read once and fed to both
        List<List<VersionSpan>> measured = new java.util.ArrayList<>();
        Unmeasurable triedWhy = BreachMeasurement.unmeasurable(tried.condition(), tried.touchpointCodes());
        if (triedWhy == null) {
            measured.add(List.of(new VersionSpan(open.getRevision(), tried, from, null)));
        }
        OutcomeTerms inForceTerms = inForce.map(VersionSpan::termsOf).orElse(null);
        Unmeasurable currentWhy = inForceTerms == null ? null
                : BreachMeasurement.unmeasurable(inForceTerms.condition(), inForceTerms.touchpointCodes());
        if (inForceTerms != null && currentWhy == null) {
            measured.add(List.of(new VersionSpan(inForce.get().getRevision(), inForceTerms, from, null)));
        }
        List<Outcome> outcomes = measureLines(serviceId, measured, from, to);
        int next = 0;
        Outcome projected = triedWhy == null ? outcomes.get(next++) : BreachMeasurement.unmeasured(from, to, triedWhy);
        Outcome now = inForceTerms == null ? null
                : currentWhy == null ? outcomes.get(next) : BreachMeasurement.unmeasured(from, to, currentWhy);
        return new WhatIf(open.getCode(), open.getRevision(), from, to, projected,
                inForce.map(ServiceGuarantee::getRevision).orElse(null), now);
    }

    private Outcome measure(long serviceId, List<VersionSpan> spans, LocalDate from, LocalDate to) {
        return measureLines(serviceId, List.of(spans), from, to).get(0);
    }

    /**
     * The outcomes of several lines of versions over the same days, from one read of the rows they read: each row is
     * fed to every line, and each line keeps the rows of its own touchpoints and readings.
     */
    private List<Outcome> measureLines(long serviceId, List<List<VersionSpan>> lines, LocalDate from, LocalDate to) {
        BreachMeasurement measurement = measurement();
        List<BreachMeasurement.Measuring> measurings = lines.stream().map(l -> measurement.measuring(l, from, to)).toList();
        Set<Reading> readings = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (List<VersionSpan> line : lines) {
            for (VersionSpan span : line) {
                readings.addAll(span.terms().readings());
                codes.addAll(span.terms().touchpointCodes());
            }
        }
        java.util.function.Consumer<Occurrence> all = occurrence -> measurings.forEach(m -> m.accept(occurrence));
        for (Reading reading : readings) {
            occurrences.read(serviceId, codes, reading, from, to, all);
        }
        return measurings.stream().map(BreachMeasurement.Measuring::outcome).toList();
    }
}
