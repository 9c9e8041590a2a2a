package io.blueprint.policy.outcome;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Breaches and their cost on small data sets whose answers are worked out by hand in the comments. */
class BreachMeasurementTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** Weekends, Chuseok 2026 (24–26 September) and the substitute holiday of 5 October and Hangul Day 2026. */
    private static final BusinessCalendar CALENDAR = BusinessCalendar.of(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            List.of(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26),
                    LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9)),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final BreachMeasurement MEASUREMENT = new BreachMeasurement(SEOUL, CALENDAR, new BigDecimal("0.25"));
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @Test
    void waitsOnBothSidesOfTheThresholdWithAFixedAmountAndACappedAmountPerStartedMinute() {
        OutcomeTerms terms = terms(condition(GuaranteeMetric.WAIT_TIME, "2", ConditionUnit.MINUTES),
                fixed("1000", Payout.AUTOMATIC),
                new RefundRuleTerms(Remedy.POINTS_CREDIT, AmountKind.PER_BREACH_UNIT, new BigDecimal("500"),
                        BreachUnit.MINUTES, 1, new BigDecimal("2000"), "KRW", Payout.ON_CLAIM, List.of("Call us"), 30));
        List<Occurrence> waits = List.of(
                waited(2, 120, "c1"),  // exactly 2 minutes: kept
                waited(3, 121, "c1"),  // 1 s over: 1 started minute → 500
                waited(4, 180, "c2"),  // 60 s over: exactly 1 minute → 500
                waited(5, 181, "c1"),  // 61 s over: 2 started minutes → 1,000
                waited(6, 600, null),  // 480 s over: 8 minutes → 4,000, capped at 2,000; names no customer
                waited(7, 30, "c3"));  // kept
        Outcome outcome = MEASUREMENT.measure(List.of(span(1, terms, NOV_1, null)), NOV_1, NOV_30, waits);

        OutcomeFigures november = outcome.months().get(0).figures();
        assertThat(outcome.months()).extracting(OutcomeMonth::month).containsExactly(YearMonth.of(2026, 11));
        assertThat(november.measured()).isEqualTo(6);
        assertThat(november.breaches()).isEqualTo(4);
        assertThat(november.breachRate()).isEqualTo(4 / 6.0);
        // c1 (twice), c2, and one breach without a customer
        assertThat(november.customersOwed()).isEqualTo(3);
        RuleCost fixed = november.rules().get(0);
        RuleCost perMinute = november.rules().get(1);
        assertThat(fixed.owed()).isEqualByComparingTo("4000");
        assertThat(fixed.expected()).isEqualByComparingTo("4000");
        // owed 500 + 500 + 1,000 + 2,000 = 4,000; claimed by a quarter of the customers: 1,000
        assertThat(perMinute.owed()).isEqualByComparingTo("4000");
        assertThat(perMinute.expected()).isEqualByComparingTo("1000");
        assertThat(november.cost()).isEqualByComparingTo("5000");
        assertThat(november.currency()).isEqualTo("KRW");
        assertThat(outcome.total().breaches()).isEqualTo(4);
    }

    @Test
    void aPercentageOfTheOrderIsCappedPerBreachAndBreachesWithoutAnOrderValueAreUnpriced() {
        OutcomeTerms terms = terms(condition(GuaranteeMetric.WAIT_TIME, "120", ConditionUnit.SECONDS),
                new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PERCENT_OF_ORDER, new BigDecimal("10"), null, null,
                        new BigDecimal("3000"), "KRW", Payout.AUTOMATIC, List.of(), null));
        List<Occurrence> waits = List.of(
                ordered(waited(2, 200, "a"), "45555", "KRW"),  // 4,555.5 → 4,556, capped at 3,000
                ordered(waited(3, 200, "b"), "12345", "KRW"),  // 1,234.5 → 1,235 (half up)
                waited(4, 200, "c"),                           // no order value: unpriced
                ordered(waited(5, 200, "d"), "20", "USD"),     // another currency: unpriced
                ordered(waited(6, 100, "e"), "99999", "KRW")); // kept: costs nothing
        OutcomeFigures november = MEASUREMENT.measure(List.of(span(1, terms, NOV_1, null)), NOV_1, NOV_30, waits)
                .months().get(0).figures();

        assertThat(november.breaches()).isEqualTo(4);
        assertThat(november.rules().get(0).owed()).isEqualByComparingTo("4235");
        assertThat(november.rules().get(0).unpriced()).isEqualTo(2);
        assertThat(november.unpriced()).isEqualTo(2);
        assertThat(november.cost()).isEqualByComparingTo("4235");
    }

    @Test
    void aVersionChangeInTheMiddleOfAMonthJudgesEachDayByTheVersionInForce() {
        OutcomeTerms before = terms(condition(GuaranteeMetric.WAIT_TIME, "180", ConditionUnit.SECONDS),
                fixed("2000", Payout.AUTOMATIC));
        OutcomeTerms after = terms(condition(GuaranteeMetric.WAIT_TIME, "120", ConditionUnit.SECONDS),
                fixed("1000", Payout.AUTOMATIC));
        LocalDate oct1 = LocalDate.of(2026, 10, 1);
        LocalDate oct14 = LocalDate.of(2026, 10, 14);
        List<VersionSpan> versions = List.of(span(1, before, oct1, oct14), span(2, after, oct14.plusDays(1), null));
        List<Occurrence> waits = List.of(
                waitedOn(LocalDate.of(2026, 9, 30), 500, "x"), // before the first version: not counted
                waitedOn(LocalDate.of(2026, 10, 10), 150, "a"), // under 180 s: kept
                waitedOn(LocalDate.of(2026, 10, 14), 181, "b"), // last day of 180 s: broken, 2,000
                waitedOn(LocalDate.of(2026, 10, 15), 150, "c"), // first day of 120 s: broken, 1,000
                waitedOn(LocalDate.of(2026, 10, 20), 121, "d"), // broken, 1,000
                waitedOn(LocalDate.of(2026, 11, 2), 119, "e")); // kept
        Outcome outcome = MEASUREMENT.measure(versions, LocalDate.of(2026, 9, 1), NOV_30, waits);

        assertThat(outcome.months()).extracting(OutcomeMonth::month)
                .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        OutcomeFigures september = outcome.months().get(0).figures();
        OutcomeFigures october = outcome.months().get(1).figures();
        OutcomeFigures november = outcome.months().get(2).figures();
        assertThat(september.revisions()).isEmpty();
        assertThat(september.measured()).isZero();
        assertThat(september.breachRate()).isNull();
        assertThat(october.revisions()).containsExactly(1, 2);
        assertThat(october.measured()).isEqualTo(4);
        assertThat(october.breaches()).isEqualTo(3);
        assertThat(october.rules()).extracting(RuleCost::revision, RuleCost::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, new BigDecimal("2000")),
                        org.assertj.core.groups.Tuple.tuple(2, new BigDecimal("2000")));
        assertThat(october.cost()).isEqualByComparingTo("4000");
        assertThat(november.revisions()).containsExactly(2);
        assertThat(november.breaches()).isZero();
        assertThat(november.cost()).isEqualByComparingTo("0");
        assertThat(outcome.total().measured()).isEqualTo(5);
        assertThat(outcome.total().customersOwed()).isEqualTo(3);
    }

    @Test
    void businessDaysSkipWeekendsAndPublicHolidaysAndEachStartedDayLateIsPaid() {
        OutcomeTerms terms = terms(condition(GuaranteeMetric.REFUND_TIME, "3", ConditionUnit.BUSINESS_DAYS),
                new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PER_BREACH_UNIT, new BigDecimal("1000"),
                        BreachUnit.DAYS, 1, null, "KRW", Payout.AUTOMATIC, List.of(), null));
        List<Occurrence> refunds = List.of(
                // Wed 23 Sep → Tue 29 Sep: 24–26 Chuseok, 27 Sunday, so Mon 28 and Tue 29: 2 business days, kept
                refund(at(2026, 9, 23, 10), at(2026, 9, 29, 18)),
                // Fri 2 Oct → Thu 8 Oct: 3–4 weekend, 5 substitute holiday, so 6, 7, 8: 3, kept (the boundary)
                refund(at(2026, 10, 2, 10), at(2026, 10, 8, 18)),
                // Fri 2 Oct → Mon 12 Oct 01:00 in Seoul (still 11 Oct in UTC): 6, 7, 8, 12 (9 is Hangul Day): 4,
                // one business day late: 1,000
                refund(at(2026, 10, 2, 10), at(2026, 10, 12, 1)),
                // Mon 2 Nov → Mon 9 Nov: 3, 4, 5, 6, 9: 5, two days late: 2,000
                refund(at(2026, 11, 2, 9), at(2026, 11, 9, 9)));
        Outcome outcome = MEASUREMENT.measure(List.of(span(1, terms, LocalDate.of(2026, 9, 1), null)),
                LocalDate.of(2026, 9, 1), NOV_30, refunds);

        assertThat(outcome.months()).extracting(m -> m.figures().breaches()).containsExactly(0L, 1L, 1L);
        assertThat(outcome.months()).extracting(m -> m.figures().cost().intValueExact()).containsExactly(0, 1000, 2000);
        assertThat(outcome.total().measured()).isEqualTo(4);
    }

    @Test
    void countsCompareAsCountsAndAStrictPromiseMetExactlyIsBroken() {
        OutcomeTerms atMostOne = terms(condition(GuaranteeMetric.TRANSFERS, "1", ConditionUnit.COUNT),
                new RefundRuleTerms(Remedy.VOUCHER, AmountKind.PER_BREACH_UNIT, new BigDecimal("700"),
                        BreachUnit.OCCURRENCES, 1, null, "KRW", Payout.AUTOMATIC, List.of(), null));
        List<Occurrence> transfers = List.of(transferred(0), transferred(1), transferred(2), transferred(5));
        OutcomeFigures november = MEASUREMENT.measure(List.of(span(1, atMostOne, NOV_1, null)), NOV_1, NOV_30,
                transfers).total();
        assertThat(november.breaches()).isEqualTo(2);
        assertThat(november.cost()).isEqualByComparingTo("1400");

        OutcomeTerms underTwo = terms(new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.LESS_THAN,
                new BigDecimal("2"), ConditionUnit.MINUTES), fixed("100", Payout.AUTOMATIC));
        OutcomeFigures strict = MEASUREMENT.measure(List.of(span(1, underTwo, NOV_1, null)), NOV_1, NOV_30,
                List.of(waited(2, 119, "a"), waited(2, 120, "b"))).total();
        assertThat(strict.breaches()).isEqualTo(1);
    }

    @Test
    void aConditionWithoutAMeasurementSaysSoInsteadOfShowingZero() {
        assertThat(BreachMeasurement.unmeasurable(condition(GuaranteeMetric.AVAILABILITY, "99.9", ConditionUnit.PERCENT),
                List.of("APP"))).isEqualTo(Unmeasurable.NO_MEASUREMENT);
        assertThat(BreachMeasurement.unmeasurable(condition(GuaranteeMetric.WAIT_TIME, "5", ConditionUnit.COUNT),
                List.of("CALL"))).isEqualTo(Unmeasurable.UNIT_MISMATCH);
        assertThat(BreachMeasurement.unmeasurable(condition(GuaranteeMetric.TRANSFERS, "1", ConditionUnit.MINUTES),
                List.of("CALL"))).isEqualTo(Unmeasurable.UNIT_MISMATCH);
        assertThat(BreachMeasurement.unmeasurable(condition(GuaranteeMetric.WAIT_TIME, "2", ConditionUnit.MINUTES),
                List.of())).isEqualTo(Unmeasurable.NO_TOUCHPOINT);
        assertThat(BreachMeasurement.unmeasurable(new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST,
                null, ConditionUnit.MINUTES), List.of("CALL"))).isEqualTo(Unmeasurable.INCOMPLETE);
        assertThat(BreachMeasurement.unmeasurable(condition(GuaranteeMetric.WAIT_TIME, "2", ConditionUnit.MINUTES),
                List.of("CALL"))).isNull();
    }

    @Test
    void occurrencesAtTouchpointsTheVersionDoesNotLinkAreNotItsOwn() {
        OutcomeTerms terms = terms(condition(GuaranteeMetric.WAIT_TIME, "60", ConditionUnit.SECONDS), fixed("1", Payout.AUTOMATIC));
        Occurrence elsewhere = new Occurrence(Reading.CONTACT_WAIT, "CHAT", NOV_1, start(NOV_1), start(NOV_1).plusSeconds(999),
                0, null, null, "z");
        OutcomeFigures figures = MEASUREMENT.measure(List.of(span(1, terms, NOV_1, null)), NOV_1, NOV_30,
                List.of(elsewhere, waited(3, 999, "y"))).total();
        assertThat(figures.measured()).isEqualTo(1);
    }

    // ---- fixtures

    private static GuaranteeCondition condition(GuaranteeMetric metric, String threshold, ConditionUnit unit) {
        return new GuaranteeCondition(metric, ConditionOperator.AT_MOST, new BigDecimal(threshold), unit);
    }

    private static RefundRuleTerms fixed(String amount, Payout payout) {
        return new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.FIXED, new BigDecimal(amount), null, null, null, "KRW",
                payout, payout == Payout.ON_CLAIM ? List.of("Call us") : List.of(), null);
    }

    private static OutcomeTerms terms(GuaranteeCondition condition, RefundRuleTerms... rules) {
        return new OutcomeTerms(condition, List.of(rules), List.of("CALL"));
    }

    private static VersionSpan span(int revision, OutcomeTerms terms, LocalDate from, LocalDate to) {
        return new VersionSpan(revision, terms, from, to);
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atTime(10, 0).atZone(SEOUL).toInstant();
    }

    private static Occurrence waited(int novemberDay, int seconds, String customer) {
        return waitedOn(LocalDate.of(2026, 11, novemberDay), seconds, customer);
    }

    private static Occurrence waitedOn(LocalDate day, int seconds, String customer) {
        return Occurrence.timed(Reading.CONTACT_WAIT, "CALL", day, start(day), start(day).plusSeconds(seconds), null,
                null, customer);
    }

    private static Occurrence ordered(Occurrence o, String value, String currency) {
        return new Occurrence(o.reading(), o.touchpoint(), o.day(), o.start(), o.end(), o.count(), new BigDecimal(value),
                currency, o.customer());
    }

    private static Occurrence transferred(int transfers) {
        return Occurrence.counted(Reading.CONTACT_TRANSFERS, "CALL", NOV_1, start(NOV_1), transfers, null, null,
                "t" + transfers);
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    private static Occurrence refund(LocalDateTime opened, LocalDateTime closed) {
        return Occurrence.timed(Reading.CASE_REFUND, "CALL", opened.toLocalDate(), opened.atZone(SEOUL).toInstant(),
                closed.atZone(SEOUL).toInstant(), null, null, "r" + opened);
    }
}
