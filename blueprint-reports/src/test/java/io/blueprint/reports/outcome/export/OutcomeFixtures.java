package io.blueprint.reports.outcome.export;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;
import io.blueprint.policy.outcome.Outcome;
import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.policy.outcome.OutcomeMonth;
import io.blueprint.policy.outcome.Reading;
import io.blueprint.policy.outcome.RuleCost;
import io.blueprint.policy.outcome.Unmeasurable;
import io.blueprint.reports.export.TestLabels;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;
import io.blueprint.reports.policy.wording.PolicyLabels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A guarantee outcome report of three guarantees over October to mid-December 2026: a call guarantee with automatic
 * points, a refund guarantee paid on claim with two unpriced breaches, and a draft-like one that cannot be measured;
 * and labels that echo their keys or speak Korean.
 */
final class OutcomeFixtures {

    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 15);
    static final BigDecimal CLAIM_RATE = new BigDecimal("0.25");

    /** Every text its key, with the arguments after it, except money and the unpriced breaches, which print short. */
    static final PolicyLabels KEYS = TestLabels.of(Locale.ENGLISH, Map.of("guaranteeText.money.KRW", "KRW {0}",
            "guaranteeReport.unpriced", "{0} unpriced"));

    /** The headings a Korean reader gets, the rest as keys. */
    static final PolicyLabels KOREAN = TestLabels.of(Locale.KOREAN, Map.of(
            "guaranteeReport.export.title", "보증 성과 · {0} · {1}~{2}",
            "guaranteeReport.table", "보증별 위반과 보상 비용",
            "guaranteeReport.col.code", "코드",
            "outcomes.sheet.guarantees", "보증"));

    private static final RefundRuleTerms POINTS = new RefundRuleTerms(Remedy.POINTS_CREDIT, AmountKind.PER_BREACH_UNIT,
            new BigDecimal("1000"), BreachUnit.MINUTES, 10, new BigDecimal("5000"), "KRW", Payout.AUTOMATIC, List.of(), null);
    private static final RefundRuleTerms LATE_REFUND = new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PER_BREACH_UNIT,
            new BigDecimal("2000"), BreachUnit.DAYS, 1, new BigDecimal("20000"), "KRW", Payout.ON_CLAIM,
            List.of("Open the order"), 30);

    private OutcomeFixtures() {
    }

    static GuaranteeOutcomeReport report() {
        return report("Refund within 3 business days of your return arriving");
    }

    /** The report with {@code refundTitle} as the refund guarantee's title. */
    static GuaranteeOutcomeReport report(String refundTitle) {
        return new GuaranteeOutcomeReport(FROM, TO, null, null, CLAIM_RATE, List.of(call(), refund(refundTitle), pickup()));
    }

    /** Guarantees in force, but nothing measured for any of them. */
    static GuaranteeOutcomeReport unmeasured() {
        GuaranteeOutcomeRow call = call();
        Outcome nothing = new Outcome(FROM, TO, List.of(Reading.CONTACT_WAIT), null, List.of(
                month(2026, 10, 0, 0, 0, List.of()), month(2026, 11, 0, 0, 0, List.of()), month(2026, 12, 0, 0, 0, List.of())),
                figures(0, 0, 0, List.of(new RuleCost(2, 0, POINTS, BigDecimal.ZERO, BigDecimal.ZERO, 0))));
        return new GuaranteeOutcomeReport(FROM, TO, 3L, "Online store customer care", CLAIM_RATE,
                List.of(withOutcome(call, nothing)));
    }

    /** No guarantee in force in the period. */
    static GuaranteeOutcomeReport none() {
        return new GuaranteeOutcomeReport(FROM, TO, null, null, CLAIM_RATE, List.of());
    }

    static GuaranteeOutcomeRow call() {
        Outcome outcome = new Outcome(FROM, TO, List.of(Reading.CONTACT_WAIT), null, List.of(
                month(2026, 10, 400, 48, 40, List.of(points(48_000))),
                month(2026, 11, 380, 30, 28, List.of(points(31_000))),
                month(2026, 12, 150, 15, 14, List.of(points(15_000)))),
                figures(930, 93, 80, List.of(points(94_000))));
        return new GuaranteeOutcomeRow(11, "CARE-CALL-2MIN", 2, "Refund calls answered within 2 minutes", 3,
                "Online store customer care", GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal("120"),
                ConditionUnit.SECONDS, outcome);
    }

    static GuaranteeOutcomeRow refund(String title) {
        Outcome outcome = new Outcome(FROM, TO, List.of(Reading.CASE_REFUND), null, List.of(
                month(2026, 10, 200, 20, 20, List.of(late(40_000, 1))),
                month(2026, 11, 210, 10, 10, List.of(late(20_000, 1))),
                month(2026, 12, 90, 0, 0, List.of(late(0, 0)))),
                figures(500, 30, 29, List.of(late(60_000, 2))));
        return new GuaranteeOutcomeRow(12, "RET-REFUND-3BD", 1, title, 3, "Online store customer care",
                GuaranteeMetric.REFUND_TIME, ConditionOperator.AT_MOST, new BigDecimal("3"), ConditionUnit.BUSINESS_DAYS,
                outcome);
    }

    static GuaranteeOutcomeRow pickup() {
        Outcome outcome = new Outcome(FROM, TO, List.of(), Unmeasurable.NO_MEASUREMENT, List.of(), figures(0, 0, 0, List.of()));
        return new GuaranteeOutcomeRow(13, "SHOP-AVAIL-99", 1, "The shop is open 99.5% of the time", 3,
                "Online store customer care", GuaranteeMetric.AVAILABILITY, ConditionOperator.AT_LEAST,
                new BigDecimal("99.5"), ConditionUnit.PERCENT, outcome);
    }

    private static GuaranteeOutcomeRow withOutcome(GuaranteeOutcomeRow row, Outcome outcome) {
        return new GuaranteeOutcomeRow(row.id(), row.code(), row.revision(), row.title(), row.serviceId(), row.serviceName(),
                row.metric(), row.operator(), row.threshold(), row.unit(), outcome);
    }

    private static RuleCost points(long owed) {
        return new RuleCost(2, 0, POINTS, BigDecimal.valueOf(owed), BigDecimal.valueOf(owed), 0);
    }

    /** On claim: a quarter of what was owed is expected. */
    private static RuleCost late(long owed, long unpriced) {
        return new RuleCost(1, 0, LATE_REFUND, BigDecimal.valueOf(owed), BigDecimal.valueOf(owed / 4), unpriced);
    }

    private static OutcomeMonth month(int year, int month, long measured, long breaches, long customers, List<RuleCost> rules) {
        return new OutcomeMonth(YearMonth.of(year, month), figures(measured, breaches, customers, rules));
    }

    private static OutcomeFigures figures(long measured, long breaches, long customers, List<RuleCost> rules) {
        return new OutcomeFigures(rules.isEmpty() ? List.of() : List.of(rules.get(0).revision()), measured, breaches,
                customers, rules);
    }
}
