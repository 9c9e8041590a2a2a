package io.blueprint.web.api.report;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.Payout;
import io.blueprint.policy.Remedy;
import io.blueprint.policy.outcome.Outcome;
import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.policy.outcome.OutcomeMonth;
import io.blueprint.policy.outcome.Reading;
import io.blueprint.policy.outcome.RuleCost;
import io.blueprint.policy.outcome.Unmeasurable;
import io.blueprint.policy.outcome.WhatIf;
import io.blueprint.reports.effort.MeanComparison;
import io.blueprint.reports.effort.RateComparison;
import io.blueprint.reports.outcome.GuaranteeBeforeAfter;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.web.api.policy.GuaranteeDto;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Guarantee outcomes as the API shows them. Rates are fractions 0–1 (null when nothing was measured); costs are in
 * the refund rules' currency, {@code cost} the expected payout (automatic rules in full, on-claim rules times the
 * claim rate) when all rules pay in one currency, else null and {@code costs} per currency.
 */
public final class OutcomeDto {

    private OutcomeDto() {
    }

    /** The outcome report. */
    public record Report(LocalDate from, LocalDate to, Long serviceId, String serviceName, BigDecimal claimRate,
                         List<Guarantee> guarantees) {

        static Report of(GuaranteeOutcomeReport report) {
            return new Report(report.from(), report.to(), report.serviceId(), report.serviceName(), report.claimRate(),
                    report.guarantees().stream().map(Guarantee::of).toList());
        }
    }

    /** One guarantee: the latest version in force in the period, and its outcome. */
    public record Guarantee(long id, String code, int revision, String title, long serviceId, String serviceName,
                            GuaranteeMetric metric, ConditionOperator operator, BigDecimal threshold, ConditionUnit unit,
                            boolean measurable, Unmeasurable unmeasurable, List<Reading> readings, List<Month> months,
                            Figures total) {

        static Guarantee of(GuaranteeOutcomeRow row) {
            Outcome o = row.outcome();
            return new Guarantee(row.id(), row.code(), row.revision(), row.title(), row.serviceId(), row.serviceName(),
                    row.metric(), row.operator(), row.threshold(), row.unit(), o.measurable(), o.unmeasurable(),
                    o.readings(), monthsOf(o), Figures.of(o.total()));
        }
    }

    /** An outcome over a period: its months and the whole period. */
    public record Period(LocalDate from, LocalDate to, boolean measurable, Unmeasurable unmeasurable,
                         List<Reading> readings, List<Month> months, Figures total) {

        static Period of(Outcome o) {
            return o == null ? null : new Period(o.from(), o.to(), o.measurable(), o.unmeasurable(), o.readings(),
                    monthsOf(o), Figures.of(o.total()));
        }
    }

    /** A calendar month (YYYY-MM) of an outcome. */
    public record Month(String month, List<Integer> revisions, long measured, long breaches, Double breachRate,
                        long customersOwed, BigDecimal cost, String currency, Map<String, BigDecimal> costs,
                        long unpriced, List<Rule> rules) {
    }

    /** The whole period's figures (distinct customers over the whole period). */
    public record Figures(List<Integer> revisions, long measured, long breaches, Double breachRate, long customersOwed,
                          BigDecimal cost, String currency, Map<String, BigDecimal> costs, long unpriced,
                          List<Rule> rules) {

        static Figures of(OutcomeFigures f) {
            return new Figures(f.revisions(), f.measured(), f.breaches(), f.breachRate(), f.customersOwed(), f.cost(),
                    f.currency(), f.expectedCost(), f.unpriced(), rulesOf(f));
        }
    }

    /** What one refund rule of one version cost: owed in full, expected after the claim rate, and breaches unpriced. */
    public record Rule(int revision, int position, Remedy remedy, AmountKind amountKind, Payout payout, String currency,
                       BigDecimal owed, BigDecimal expected, long unpriced) {

        static Rule of(RuleCost c) {
            return new Rule(c.revision(), c.position(), c.rule().remedy(), c.rule().amountKind(), c.rule().payout(),
                    c.currency(), c.owed(), c.expected(), c.unpriced());
        }
    }

    /** What a draft's terms would have done, beside the version in force today. */
    public record WhatIfResult(String code, int revision, LocalDate from, LocalDate to, BigDecimal claimRate,
                               Period projected, Integer inForceRevision, Period inForce) {

        static WhatIfResult of(WhatIf w, BigDecimal claimRate) {
            return new WhatIfResult(w.code(), w.revision(), w.from(), w.to(), claimRate, Period.of(w.projected()),
                    w.inForceRevision(), Period.of(w.inForce()));
        }
    }

    /** Breaches among the measured before and after a day, with the pooled two-proportion z-test. */
    public record BreachComparison(long beforeMeasured, long beforeBreaches, Double beforeRate, long afterMeasured,
                                   long afterBreaches, Double afterRate, Double difference, Double z, Double pValue,
                                   boolean significant) {

        static BreachComparison of(RateComparison c) {
            return new BreachComparison(c.beforeContacts(), c.beforeRepeated(), c.beforeRate(), c.afterContacts(),
                    c.afterRepeated(), c.afterRate(), c.difference(), c.z(), c.pValue(), c.significant());
        }
    }

    /** A guarantee before and after its latest version change. */
    public record BeforeAfter(String code, int beforeRevision, GuaranteeDto.ConditionDto beforeCondition,
                              int afterRevision, GuaranteeDto.ConditionDto afterCondition, LocalDate changeDay, int days,
                              LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo,
                              List<String> touchpoints, BreachComparison breachRate, MeanComparison ces,
                              RateComparison repeatRate) {

        static BeforeAfter of(GuaranteeBeforeAfter b) {
            return new BeforeAfter(b.code(), b.beforeRevision(), GuaranteeDto.ConditionDto.of(b.beforeCondition()),
                    b.afterRevision(), GuaranteeDto.ConditionDto.of(b.afterCondition()), b.changeDay(), b.days(),
                    b.beforeFrom(), b.beforeTo(), b.afterFrom(), b.afterTo(), b.touchpoints(),
                    BreachComparison.of(b.breachRate()), b.ces(), b.repeatRate());
        }
    }

    private static List<Month> monthsOf(Outcome o) {
        return o.months().stream().map(OutcomeDto::month).toList();
    }

    private static Month month(OutcomeMonth m) {
        OutcomeFigures f = m.figures();
        return new Month(m.month().toString(), f.revisions(), f.measured(), f.breaches(), f.breachRate(),
                f.customersOwed(), f.cost(), f.currency(), f.expectedCost(), f.unpriced(), rulesOf(f));
    }

    private static List<Rule> rulesOf(OutcomeFigures f) {
        return f.rules().stream().map(Rule::of).toList();
    }
}
