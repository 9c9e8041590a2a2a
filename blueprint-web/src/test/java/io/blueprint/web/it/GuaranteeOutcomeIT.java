package io.blueprint.web.it;

import io.blueprint.journey.Channel;
import io.blueprint.measurement.ImportMode;
import io.blueprint.measurement.ImportStatus;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasurementImporter;
import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;
import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.policy.outcome.OutcomeMonth;
import io.blueprint.policy.outcome.RuleCost;
import io.blueprint.policy.outcome.Unmeasurable;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;
import io.blueprint.reports.outcome.GuaranteeReports;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guarantee outcomes inside the server, on the real database: a few thousand generated contacts go in through the
 * real importer, a guarantee line of two versions (3 minutes, then 2 minutes from the middle of September, with
 * other refund rules) is measured, and every monthly figure is compared with the same figure computed by one plain
 * SQL query over the raw contact rows — thresholds per day, started 10-minute blocks, caps and the percentage of
 * the order in integer and decimal SQL arithmetic — to the unit of currency.
 */
@ExtendWith(ArquillianExtension.class)
class GuaranteeOutcomeIT {

    private static final String CONTACT_HEADER = "contact_id,customer,touchpoint_code,started_at,channel,wait_seconds,"
            + "handle_seconds,transfers,resolved,abandoned,resolved_at,order_value,currency\n";
    private static final LocalDate FIRST = LocalDate.of(2026, 7, 15);
    private static final LocalDate V1 = LocalDate.of(2026, 8, 1);
    private static final LocalDate CHANGE = LocalDate.of(2026, 9, 16);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    private static final BigDecimal CLAIM_RATE = new BigDecimal("0.25");

    @Deployment
    static WebArchive deployment() {
        return Deployments.blueprintWith(GuaranteeOutcomeIT.class, MeasuredServices.class, OutcomeGuarantees.class);
    }

    @Inject
    MeasurementImporter importer;

    @Inject
    MeasuredServices rows;

    @Inject
    OutcomeGuarantees guarantees;

    @Inject
    GuaranteeReports reports;

    @Test
    void everyMonthsBreachesCustomersAndCostsEqualARawSqlComputationToTheUnitOfCurrency() {
        MeasuredServices.Made service = rows.service(Map.of("OUT-CALL-01", Channel.PHONE, "OUT-CHAT-01", Channel.CHAT));
        ImportSummary imported = run(service, generate(new Random(20261203)));
        assertEquals(ImportStatus.COMPLETED, imported.status());
        assertEquals(0, imported.rejected());
        String code = "OUT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        RefundRuleTerms perTenMinutesAutomatic = perTenMinutes(Payout.AUTOMATIC);
        RefundRuleTerms fixedOnClaim = new RefundRuleTerms(Remedy.VOUCHER, AmountKind.FIXED, new BigDecimal("500"), null,
                null, null, "KRW", Payout.ON_CLAIM, List.of("Ask at the counter"), 30);
        RefundRuleTerms tenPercent = new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PERCENT_OF_ORDER, BigDecimal.TEN,
                null, null, new BigDecimal("3000"), "KRW", Payout.AUTOMATIC, List.of(), null);
        guarantees.line(service.serviceId(), code, List.of(
                new OutcomeGuarantees.Version(wait(180), List.of("OUT-CALL-01"), List.of(perTenMinutesAutomatic, fixedOnClaim), V1),
                new OutcomeGuarantees.Version(wait(120), List.of("OUT-CALL-01"), List.of(tenPercent, perTenMinutes(Payout.ON_CLAIM)), CHANGE)));

        GuaranteeOutcomeReport report = reports.report(FIRST, LAST, service.serviceId());
        assertEquals(List.of(code), report.guarantees().stream().map(GuaranteeOutcomeRow::code).toList());
        GuaranteeOutcomeRow row = report.guarantees().get(0);
        assertEquals(2, row.revision());
        assertTrue(row.outcome().measurable());
        assertEquals(List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10)),
                row.outcome().months().stream().map(OutcomeMonth::month).toList());

        // July: measured contacts, but no version was in force yet
        OutcomeFigures july = row.outcome().months().get(0).figures();
        assertTrue(rows.number("SELECT COUNT(*) FROM contact_event WHERE service_id = ? AND on_day < ?",
                service.serviceId(), V1) > 0);
        assertEquals(0, july.measured());
        assertEquals(List.of(), july.revisions());
        assertEquals(List.of(1, 2), row.outcome().months().get(2).figures().revisions());

        List<Map<String, Object>> expected = rows.rows(RAW.replace("GROUPING", "ym,").replace("GROUPED", "GROUP BY ym ORDER BY ym"),
                CHANGE, CHANGE, service.serviceId(), V1, LAST);
        assertEquals(3, expected.size());
        for (int i = 0; i < 3; i++) {
            Map<String, Object> sql = expected.get(i);
            OutcomeMonth month = row.outcome().months().get(i + 1);
            long ym = number(sql, "ym");
            assertEquals(month.month(), YearMonth.of((int) (ym / 100), (int) (ym % 100)));
            assertFigures(month.month().toString(), month.figures(), sql);
        }
        Map<String, Object> whole = rows.rows(RAW.replace("GROUPING", "").replace("GROUPED", ""),
                CHANGE, CHANGE, service.serviceId(), V1, LAST).get(0);
        assertFigures("the period", row.outcome().total(), whole);
        // before and after the change, two weeks each side: each side judged by its own version
        io.blueprint.reports.outcome.GuaranteeBeforeAfter around = reports.beforeAfter(code, 14);
        assertEquals(CHANGE, around.changeDay());
        assertEquals(1, around.beforeRevision());
        assertEquals(2, around.afterRevision());
        long measuredBefore = rows.number("SELECT COUNT(*) FROM contact_event WHERE service_id = ? AND touchpoint_code = "
                + "'OUT-CALL-01' AND on_day BETWEEN ? AND ?", service.serviceId(), CHANGE.minusDays(14), CHANGE.minusDays(1));
        long breachesBefore = rows.number("SELECT COUNT(*) FROM contact_event WHERE service_id = ? AND touchpoint_code = "
                + "'OUT-CALL-01' AND on_day BETWEEN ? AND ? AND wait_seconds > 180", service.serviceId(), CHANGE.minusDays(14),
                CHANGE.minusDays(1));
        long measuredAfter = rows.number("SELECT COUNT(*) FROM contact_event WHERE service_id = ? AND touchpoint_code = "
                + "'OUT-CALL-01' AND on_day BETWEEN ? AND ?", service.serviceId(), CHANGE, CHANGE.plusDays(13));
        long breachesAfter = rows.number("SELECT COUNT(*) FROM contact_event WHERE service_id = ? AND touchpoint_code = "
                + "'OUT-CALL-01' AND on_day BETWEEN ? AND ? AND wait_seconds > 120", service.serviceId(), CHANGE,
                CHANGE.plusDays(13));
        assertEquals(measuredBefore, around.breachRate().beforeContacts());
        assertEquals(breachesBefore, around.breachRate().beforeRepeated());
        assertEquals(measuredAfter, around.breachRate().afterContacts());
        assertEquals(breachesAfter, around.breachRate().afterRepeated());
        double p1 = (double) breachesBefore / measuredBefore;
        double p2 = (double) breachesAfter / measuredAfter;
        double pooled = (double) (breachesBefore + breachesAfter) / (measuredBefore + measuredAfter);
        double z = (p2 - p1) / Math.sqrt(pooled * (1 - pooled) * (1.0 / measuredBefore + 1.0 / measuredAfter));
        assertEquals(2 * new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(-Math.abs(z)),
                around.breachRate().pValue(), 1e-12);
        assertEquals(measuredBefore, around.repeatRate().beforeContacts(), "the rollups' contacts before");
        assertEquals(0, around.ces().beforeResponses(), "no survey answers in this data set");

        // the generated data reach every branch: caps, unpriced orders, both versions' breaches
        assertTrue(number(whole, "unpriced") > 0);
        assertTrue(number(whole, "capped") > 0);
        assertTrue(number(whole, "anonymous") > 0);
    }

    @Test
    void aConditionWithoutAMeasurementIsReportedSoNotAsZero() {
        MeasuredServices.Made service = rows.service(Map.of("OUT-APP-01", Channel.APP));
        String code = "OUT-UP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        guarantees.line(service.serviceId(), code, List.of(new OutcomeGuarantees.Version(
                new GuaranteeCondition(GuaranteeMetric.AVAILABILITY, ConditionOperator.AT_LEAST, new BigDecimal("99.9"),
                        ConditionUnit.PERCENT), List.of("OUT-APP-01"), List.of(perTenMinutes(Payout.AUTOMATIC)), V1)));
        GuaranteeOutcomeRow row = reports.report(V1, LAST, service.serviceId()).guarantees().get(0);
        assertFalse(row.outcome().measurable());
        assertEquals(Unmeasurable.NO_MEASUREMENT, row.outcome().unmeasurable());
        assertEquals(List.of(), row.outcome().months());
        io.blueprint.shared.DomainException single = org.junit.jupiter.api.Assertions.assertThrows(
                io.blueprint.shared.DomainException.class, () -> reports.beforeAfter(code, 14));
        assertEquals("outcome.beforeAfter.noChange", single.getMessageKey());
    }

    private static void assertFigures(String what, OutcomeFigures figures, Map<String, Object> sql) {
        assertEquals(number(sql, "measured"), figures.measured(), what + " measured");
        assertEquals(number(sql, "breaches"), figures.breaches(), what + " breaches");
        assertEquals(number(sql, "named") + number(sql, "anonymous"), figures.customersOwed(), what + " customers owed");
        Map<String, RuleCost> rules = new java.util.HashMap<>();
        figures.rules().forEach(r -> rules.put(r.revision() + "/" + r.position(), r));
        long perTenFirst = number(sql, "per_ten_1");
        long fixedOwed = number(sql, "fixed_1");
        long percentOwed = number(sql, "percent_2");
        long perTenSecond = number(sql, "per_ten_2");
        if (rules.containsKey("1/0")) {
            money(perTenFirst, rules.get("1/0").owed(), what + " r1 per 10 minutes");
            money(perTenFirst, rules.get("1/0").expected(), what + " r1 per 10 minutes paid");
            money(fixedOwed, rules.get("1/1").owed(), what + " r1 fixed");
            assertEquals(0, claimed(fixedOwed).compareTo(rules.get("1/1").expected()), what + " r1 fixed claimed");
        } else {
            assertEquals(0, perTenFirst + fixedOwed, what);
        }
        if (rules.containsKey("2/0")) {
            money(percentOwed, rules.get("2/0").owed(), what + " r2 percentage");
            assertEquals(number(sql, "unpriced"), rules.get("2/0").unpriced(), what + " r2 unpriced");
            money(perTenSecond, rules.get("2/1").owed(), what + " r2 per 10 minutes");
            assertEquals(0, claimed(perTenSecond).compareTo(rules.get("2/1").expected()), what + " r2 per 10 minutes claimed");
        } else {
            assertEquals(0, percentOwed + perTenSecond, what);
        }
        BigDecimal cost = BigDecimal.valueOf(perTenFirst).add(claimed(fixedOwed)).add(BigDecimal.valueOf(percentOwed))
                .add(claimed(perTenSecond));
        assertEquals(0, cost.compareTo(figures.cost()), what + " cost " + figures.cost() + ", expected " + cost);
    }

    @Test
    void refundsInBusinessDaysAcrossHolidaysAndRepeatContactsAtBothEdgesOfTheWeek() {
        MeasuredServices.Made service = rows.service(Map.of("OUT-MAIL-01", Channel.EMAIL, "OUT-LINE-01", Channel.PHONE));
        // Chuseok 24–26 Sep 2026, National Foundation Day on Saturday 3 Oct with its substitute on Monday 5 Oct,
        // Hangul Day on Friday 9 Oct
        ImportSummary cases = runCases(service, List.of(
                "K1,refund,OUT-MAIL-01,2026-09-23T10:00:00+09:00,2026-09-29T18:00:00+09:00,cust-1,,", // 28, 29: 2, kept
                "K2,refund,OUT-MAIL-01,2026-10-02T10:00:00+09:00,2026-10-08T18:00:00+09:00,cust-2,,", // 6, 7, 8: 3, kept
                "K3,refund,OUT-MAIL-01,2026-10-02T10:00:00+09:00,2026-10-12T01:00:00+09:00,cust-3,,", // + 12: 4, 1 day late
                "K4,refund,OUT-MAIL-01,2026-11-02T09:00:00+09:00,2026-11-09T09:00:00+09:00,cust-4,,", // 5: 2 days late
                "K5,refund,OUT-MAIL-01,2026-11-02T09:00:00+09:00,,cust-5,,",                          // open: not measured
                "K6,delivery,OUT-MAIL-01,2026-11-02T09:00:00+09:00,2026-11-30T09:00:00+09:00,cust-6,,", // another kind
                "K7,refund,OUT-MAIL-01,2026-11-02T09:00:00+09:00,2026-11-30T09:00:00+09:00,cust-4,,")); // 20: 17 late, capped
        assertEquals(ImportStatus.COMPLETED, cases.status());
        assertEquals(0, cases.rejected());
        String refund = "OUT-RF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        guarantees.line(service.serviceId(), refund, List.of(new OutcomeGuarantees.Version(
                new GuaranteeCondition(GuaranteeMetric.REFUND_TIME, ConditionOperator.AT_MOST, new BigDecimal("3"),
                        ConditionUnit.BUSINESS_DAYS), List.of("OUT-MAIL-01"),
                List.of(new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PER_BREACH_UNIT, new BigDecimal("2000"),
                        BreachUnit.DAYS, 1, new BigDecimal("20000"), "KRW", Payout.ON_CLAIM, List.of("Ask"), 30)),
                LocalDate.of(2026, 9, 1))));

        // the edges of the repeat window: a returns exactly 168 h later (repeated), b 168 h and 1 s later (not),
        // d three times a day apart (the first two repeated), c once, and a contact without a customer
        Instant edge = Instant.parse("2026-10-05T03:00:00Z");
        run(service, List.of(
                contact("R1", "a", edge), contact("R2", "a", edge.plusSeconds(168 * 3600)),
                contact("R3", "b", edge), contact("R4", "b", edge.plusSeconds(168 * 3600 + 1)),
                contact("R5", "d", edge), contact("R6", "d", edge.plusSeconds(86_400)), contact("R7", "d", edge.plusSeconds(172_800)),
                contact("R8", "c", edge), contact("R9", "", edge)));
        String repeat = "OUT-RP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        guarantees.line(service.serviceId(), repeat, List.of(new OutcomeGuarantees.Version(
                new GuaranteeCondition(GuaranteeMetric.REPEAT_CONTACTS, ConditionOperator.AT_MOST, BigDecimal.ZERO,
                        ConditionUnit.COUNT), List.of("OUT-LINE-01"),
                List.of(new RefundRuleTerms(Remedy.VOUCHER, AmountKind.FIXED, new BigDecimal("1000"), null, null, null,
                        "KRW", Payout.AUTOMATIC, List.of(), null)), LocalDate.of(2026, 9, 1))));

        GuaranteeOutcomeReport report = reports.report(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), service.serviceId());
        Map<String, GuaranteeOutcomeRow> byCode = new java.util.HashMap<>();
        report.guarantees().forEach(r -> byCode.put(r.code(), r));

        List<OutcomeMonth> refunds = byCode.get(refund).outcome().months();
        assertEquals(List.of(1L, 2L, 2L), refunds.stream().map(m -> m.figures().measured()).toList(), "refunds measured");
        assertEquals(List.of(0L, 1L, 2L), refunds.stream().map(m -> m.figures().breaches()).toList(), "refunds late");
        // owed 2,000 in October; 4,000 + 20,000 (capped from 34,000) in November; a quarter claimed
        assertEquals(List.of("0", "2000", "24000"), refunds.stream().map(m -> m.figures().rules().get(0).owed().toPlainString()).toList());
        assertEquals(List.of("0", "500", "6000"), refunds.stream().map(m -> m.figures().cost().toPlainString()).toList());
        OutcomeFigures refundTotal = byCode.get(refund).outcome().total();
        assertEquals(2, refundTotal.customersOwed(), "cust-3 and cust-4");
        assertEquals(0, new BigDecimal("6500").compareTo(refundTotal.cost()));

        OutcomeFigures repeats = byCode.get(repeat).outcome().total();
        assertEquals(9, repeats.measured());
        assertEquals(3, repeats.breaches(), "R1, R5 and R6 were repeated");
        assertEquals(2, repeats.customersOwed(), "a and d");
        assertEquals(0, new BigDecimal("3000").compareTo(repeats.cost()));
    }

    private static String contact(String id, String customer, Instant at) {
        return id + "," + customer + ",OUT-LINE-01," + at + ",PHONE,30,200,0,Y,N,,,\n";
    }

    private ImportSummary runCases(MeasuredServices.Made service, List<String> lines) {
        try {
            Path file = Files.createTempFile("outcome-it-", ".csv");
            Files.writeString(file, "case_id,kind,touchpoint_code,opened_at,closed_at,customer,order_value,currency\n"
                    + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return importer.importFile(new MeasurementImporter.Request(MeasureKind.SERVICE_CASE, service.serviceId(),
                    "outcome-" + UUID.randomUUID(), "cases.csv", ImportMode.PARTIAL, "ops", null, null, null), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void money(long expected, BigDecimal actual, String what) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), what + ": " + actual + ", expected " + expected);
    }

    /** A number of a row, whatever type the database gave it (PostgreSQL's EXTRACT is numeric). */
    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : new BigDecimal(value.toString()).longValueExact();
    }

    private static BigDecimal claimed(long owed) {
        return BigDecimal.valueOf(owed).multiply(CLAIM_RATE).setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * The figures from the raw rows: the version of a day is 1 before the change and 2 from it, its threshold 180 or
     * 120 s; a started 10-minute block of excess is (excess + 599) / 600 in integer division; 10% of an order rounds
     * to the cent, then to the won, and is capped at 3,000.
     */
    private static final String RAW = """
            SELECT GROUPING COUNT(*) AS measured,
                   SUM(CASE WHEN wait_seconds > t THEN 1 ELSE 0 END) AS breaches,
                   COUNT(DISTINCT CASE WHEN wait_seconds > t THEN customer_hash END) AS named,
                   SUM(CASE WHEN wait_seconds > t AND customer_hash IS NULL THEN 1 ELSE 0 END) AS anonymous,
                   SUM(CASE WHEN wait_seconds > t AND r = 1 THEN LEAST(5000, 1000 * ((wait_seconds - t + 599) / 600)) ELSE 0 END) AS per_ten_1,
                   SUM(CASE WHEN wait_seconds > t AND r = 1 THEN 500 ELSE 0 END) AS fixed_1,
                   COALESCE(SUM(CASE WHEN wait_seconds > t AND r = 2 AND currency = 'KRW' AND order_value IS NOT NULL
                       THEN LEAST(3000, ROUND(ROUND(order_value * 0.1, 2), 0)) END), 0) AS percent_2,
                   SUM(CASE WHEN wait_seconds > t AND r = 2 AND (order_value IS NULL OR currency IS NULL OR currency <> 'KRW')
                       THEN 1 ELSE 0 END) AS unpriced,
                   SUM(CASE WHEN wait_seconds > t AND r = 2 THEN LEAST(5000, 1000 * ((wait_seconds - t + 599) / 600)) ELSE 0 END) AS per_ten_2,
                   SUM(CASE WHEN wait_seconds > t AND 1000 * ((wait_seconds - t + 599) / 600) > 5000 THEN 1 ELSE 0 END) AS capped
            FROM (SELECT e.wait_seconds, e.order_value, e.currency, e.customer_hash,
                         CASE WHEN e.on_day < ? THEN 1 ELSE 2 END AS r,
                         CASE WHEN e.on_day < ? THEN 180 ELSE 120 END AS t,
                         EXTRACT(YEAR FROM e.on_day) * 100 + EXTRACT(MONTH FROM e.on_day) AS ym
                  FROM contact_event e
                  WHERE e.service_id = ? AND e.touchpoint_code = 'OUT-CALL-01' AND e.on_day BETWEEN ? AND ?) x
            GROUPED""";

    private static RefundRuleTerms perTenMinutes(Payout payout) {
        return new RefundRuleTerms(Remedy.POINTS_CREDIT, AmountKind.PER_BREACH_UNIT, new BigDecimal("1000"),
                BreachUnit.MINUTES, 10, new BigDecimal("5000"), "KRW", payout,
                payout == Payout.ON_CLAIM ? List.of("Ask in the app") : List.of(), payout == Payout.ON_CLAIM ? 30 : null);
    }

    private static GuaranteeCondition wait(int seconds) {
        return new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, BigDecimal.valueOf(seconds),
                ConditionUnit.SECONDS);
    }

    /** Calls from mid-July to October, waits around both thresholds and far beyond; a few chats that no version links. */
    private static List<String> generate(Random random) {
        List<String> lines = new ArrayList<>();
        Instant start = FIRST.atStartOfDay(ZoneOffset.ofHours(9)).toInstant();
        int seconds = (int) (LAST.plusDays(1).atStartOfDay(ZoneOffset.ofHours(9)).toInstant().getEpochSecond() - start.getEpochSecond());
        for (int i = 0; i < 2400; i++) {
            boolean chat = i % 12 == 0;
            int kind = random.nextInt(10);
            int wait = kind < 6 ? (int) (-Math.log(1 - random.nextDouble()) * 110)
                    : kind < 9 ? 100 + random.nextInt(300) : 500 + random.nextInt(4000);
            if (i % 97 == 0) {
                wait = new int[]{120, 121, 180, 181, 720, 721}[i % 6];
            }
            String customer = random.nextInt(20) == 0 ? "" : "cust-" + random.nextInt(500);
            int order = random.nextInt(10);
            String value = order < 6 ? (1000 + random.nextInt(60_000)) + "." + String.format("%02d", random.nextInt(100)) : "";
            String currency = order < 5 ? "KRW" : order < 6 ? "USD" : "";
            if (order == 6) {
                value = "45555";
                currency = "KRW";
            }
            Instant at = start.plusSeconds(random.nextInt(seconds));
            lines.add("O" + i + "," + customer + "," + (chat ? "OUT-CHAT-01" : "OUT-CALL-01") + "," + at + ","
                    + (chat ? "CHAT" : "PHONE") + "," + wait + ",200,0,Y,N,," + value + "," + currency + "\n");
        }
        return lines;
    }

    private ImportSummary run(MeasuredServices.Made service, List<String> lines) {
        try {
            Path file = Files.createTempFile("outcome-it-", ".csv");
            Files.writeString(file, CONTACT_HEADER + String.join("", lines), StandardCharsets.UTF_8);
            return importer.importFile(new MeasurementImporter.Request(MeasureKind.CONTACT_EVENT, service.serviceId(),
                    "outcome-" + UUID.randomUUID(), "outcome.csv", ImportMode.PARTIAL, "ops", null, null, null), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
