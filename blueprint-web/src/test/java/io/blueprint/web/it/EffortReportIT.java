package io.blueprint.web.it;

import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;
import io.blueprint.measurement.ImportMode;
import io.blueprint.measurement.ImportStatus;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasurementImporter;
import io.blueprint.reports.effort.BeforeAfterReport;
import io.blueprint.reports.effort.BeforeAfterRow;
import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.EffortReports;
import io.blueprint.reports.effort.EffortStatus;
import io.blueprint.reports.effort.EffortSubtotal;
import io.blueprint.reports.effort.Hotspot;
import io.blueprint.reports.effort.HotspotReport;
import io.blueprint.reports.effort.KpiAttainment;
import io.blueprint.reports.effort.KpiOutcome;
import io.blueprint.reports.effort.KpiReport;
import io.blueprint.reports.effort.TouchpointEffort;
import io.blueprint.reports.effort.TrendReport;
import io.blueprint.reports.effort.TrendSeries;
import io.blueprint.reports.effort.TrendWeek;
import io.blueprint.reports.effort.UnknownJourneyException;
import io.blueprint.shared.DomainException;
import jakarta.inject.Inject;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The effort reports inside the server, on the real database: several thousand generated survey answers and
 * contacts go in through the real importer, and every figure the reports compute from the rollups is compared
 * with the same figure computed here from the raw rows ({@code survey_response}, {@code contact_event}) read with
 * plain SQL — repeat contacts decided here too, by the rule (same customer, same journey, next contact at most
 * 168 hours after, inclusive).
 */
@ExtendWith(ArquillianExtension.class)
class EffortReportIT {

    private static final String SURVEY_HEADER = "response_id,touchpoint_code,answered_at,channel,ces,ces_scale,csat,nps,customer\n";
    private static final String CONTACT_HEADER = "contact_id,customer,touchpoint_code,started_at,channel,wait_seconds,"
            + "handle_seconds,transfers,resolved,abandoned,resolved_at,order_value,currency\n";
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 15);
    private static final LocalDate CHANGE = LocalDate.of(2026, 10, 15);
    private static final List<String> CODES = List.of("RPT-WEB-01", "RPT-CALL-01", "RPT-CHAT-01", "RPT-APP-01");
    private static final Map<String, String> STAGES = Map.of("RPT-WEB-01", "Ask", "RPT-CALL-01", "Ask",
            "RPT-CHAT-01", "Settle", "RPT-APP-01", "Settle");
    private static final Map<String, BigDecimal> TARGETS = Map.of("RPT-WEB-01", new BigDecimal("5.5"),
            "RPT-CALL-01", new BigDecimal("5.0"), "RPT-CHAT-01", new BigDecimal("4.5"));
    /** Both edges of the 7 days, on a chat day that no other contact touches: 168 h exactly, and 168 h and 1 s. */
    private static final Instant EDGE = Instant.parse("2026-10-05T03:00:00Z");
    private static final LocalDate EDGE_DAY = LocalDate.of(2026, 10, 5);

    @Deployment
    static WebArchive deployment() {
        return Deployments.blueprintWith(EffortReportIT.class, MeasuredServices.class, PlannedJourneys.class);
    }

    @Inject
    MeasurementImporter importer;

    @Inject
    MeasuredServices rows;

    @Inject
    PlannedJourneys journeys;

    @Inject
    EffortReports reports;

    /** One generated data set per server run: several thousand rows of each kind, imported once. */
    private static MeasuredServices.Made made;
    private static Raw raw;

    private MeasuredServices.Made measured() {
        if (made == null) {
            MeasuredServices.Made journey = journeys.journey();
            Generated data = generate(new Random(20261202));
            ImportSummary surveys = run(MeasureKind.SURVEY_RESPONSE, journey, SURVEY_HEADER, data.surveys);
            assertEquals(ImportStatus.COMPLETED, surveys.status());
            assertEquals(data.surveys.size(), surveys.stored());
            // the contacts in two files, the later half first: repeat flags must not depend on the order
            int half = data.contacts.size() / 2;
            ImportSummary later = run(MeasureKind.CONTACT_EVENT, journey, CONTACT_HEADER, data.contacts.subList(half, data.contacts.size()));
            ImportSummary earlier = run(MeasureKind.CONTACT_EVENT, journey, CONTACT_HEADER, data.contacts.subList(0, half));
            assertEquals(data.contacts.size(), later.stored() + earlier.stored());
            assertEquals(0, later.rejected() + earlier.rejected());
            raw = new Raw(rows, journey);
            made = journey;
        }
        return made;
    }

    // ---- the generated data

    private record Generated(List<String> surveys, List<String> contacts) {
    }

    private static Generated generate(Random random) {
        List<String> surveys = new ArrayList<>();
        int days = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
        for (int i = 0; i < 3200; i++) {
            String code = i % 120 == 0 ? "RPT-CHAT-01" : i % 2 == 0 ? "RPT-WEB-01" : "RPT-CALL-01";
            Instant at = FIRST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(days * 86_400));
            boolean ces1 = random.nextInt(5) == 0;
            int ces;
            if (code.equals("RPT-WEB-01")) {
                ces = ces1 ? 1 + random.nextInt(2) : 5 + random.nextInt(3);
            } else if (code.equals("RPT-CALL-01")) {
                // the phone line gets easier after the change
                boolean after = !at.isBefore(CHANGE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
                ces = ces1 ? 1 + random.nextInt(5) : (after ? 3 : 1) + random.nextInt(5);
            } else {
                ces = ces1 ? 1 + random.nextInt(5) : 1 + random.nextInt(7);
            }
            String csat = random.nextInt(10) < 7 ? String.valueOf(1 + random.nextInt(5)) : "";
            String nps = random.nextInt(10) < 6 ? String.valueOf(random.nextInt(11)) : "";
            String customer = random.nextInt(10) == 0 ? "" : "cust-" + random.nextInt(300);
            surveys.add("S" + i + "," + code + "," + at + ",," + ces + "," + (ces1 ? "CES1" : "CES2") + "," + csat + ","
                    + nps + "," + customer + "\n");
        }
        List<String> contacts = new ArrayList<>();
        Map<String, Set<Instant>> taken = new HashMap<>();
        for (int i = 0; i < 3600; i++) {
            int pick = random.nextInt(10);
            String code = pick < 6 ? "RPT-CALL-01" : pick < 9 ? "RPT-CHAT-01" : "RPT-WEB-01";
            String channel = random.nextInt(20) == 0 ? "EMAIL" : "";
            String customer = random.nextInt(20) == 0 ? "" : "cust-" + random.nextInt(450);
            Instant at;
            do {
                at = FIRST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(days * 86_400));
            } while ((code.equals("RPT-CHAT-01") && Math.abs(Duration.between(EDGE, at).toHours()) < 48)
                    || !taken.computeIfAbsent(customer, c -> new HashSet<>()).add(at));
            int wait = code.equals("RPT-WEB-01") ? 0
                    : random.nextInt(100) == 0 ? 4000 + random.nextInt(2000)
                    : (int) (-Math.log(1 - random.nextDouble()) * (code.equals("RPT-CALL-01") ? 100 : 40));
            int t = random.nextInt(20);
            int transfers = t < 16 ? 0 : t < 19 ? 1 : 2;
            contacts.add("C" + i + "," + customer + "," + code + "," + at + "," + channel + "," + wait + ","
                    + (60 + random.nextInt(600)) + "," + transfers + "," + (random.nextInt(10) < 7 ? "Y" : "N") + ","
                    + (random.nextInt(20) == 0 ? "Y" : "N") + ",,,\n");
        }
        // both edges of the repeat window: edge-a comes back exactly 168 h later by phone (repeated, switched),
        // edge-b 168 h and 1 s later by chat (not repeated)
        contacts.add("E1,edge-a,RPT-CHAT-01," + EDGE + ",,20,100,0,Y,N,,,\n");
        contacts.add("E2,edge-a,RPT-CALL-01," + EDGE.plus(Duration.ofHours(168)) + ",,20,100,0,Y,N,,,\n");
        contacts.add("E3,edge-b,RPT-CHAT-01," + EDGE + ",,40,100,0,Y,N,,,\n");
        contacts.add("E4,edge-b,RPT-CHAT-01," + EDGE.plus(Duration.ofHours(168)).plusSeconds(1) + ",,40,100,0,Y,N,,,\n");
        Collections.shuffle(contacts, random);
        return new Generated(surveys, contacts);
    }

    private ImportSummary run(MeasureKind kind, MeasuredServices.Made service, String header, List<String> lines) {
        try {
            Path file = Files.createTempFile("effort-it-", ".csv");
            Files.writeString(file, header + String.join("", lines), StandardCharsets.UTF_8);
            return importer.importFile(new MeasurementImporter.Request(kind, service.serviceId(), "effort-" + UUID.randomUUID(),
                    "effort.csv", ImportMode.PARTIAL, "ops", null, null, null), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the raw rows and what they say

    private record Answer(String code, LocalDate day, double ces, Integer csat, Integer nps, String customer) {
    }

    private record Contact(String code, LocalDate day, int waitSeconds, int transfers, boolean resolved, boolean repeated,
                           boolean switched, String customer) {
    }

    /** Every raw row of the service, read once with plain SQL; repeats decided from each contact's next one. */
    private static final class Raw {
        final List<Answer> answers = new ArrayList<>();
        final List<Contact> contacts = new ArrayList<>();

        Raw(MeasuredServices rows, MeasuredServices.Made made) {
            for (Map<String, Object> row : rows.rows("SELECT touchpoint_code, on_day, ces, ces_scale, csat, nps, customer_hash"
                    + " FROM survey_response WHERE service_id = ?", made.serviceId())) {
                long ces = (Long) row.get("ces");
                answers.add(new Answer((String) row.get("touchpoint_code"), LocalDate.parse(row.get("on_day").toString()),
                        "CES1".equals(row.get("ces_scale")) ? 1 + (5 - ces) * 1.5 : ces, integer(row.get("csat")),
                        integer(row.get("nps")), (String) row.get("customer_hash")));
            }
            String next = "FROM contact_event n WHERE n.journey_id = e.journey_id AND n.customer_hash = e.customer_hash"
                    + " AND n.started_at > e.started_at";
            for (Map<String, Object> row : rows.rows("SELECT e.touchpoint_code, e.on_day, e.started_at, e.channel, e.wait_seconds,"
                    + " e.transfers, e.resolved, e.customer_hash, (SELECT MIN(n.started_at) " + next + ") AS next_at,"
                    + " (SELECT MIN(m.channel) FROM contact_event m WHERE m.journey_id = e.journey_id"
                    + " AND m.customer_hash = e.customer_hash AND m.started_at = (SELECT MIN(n.started_at) " + next + ")) AS next_channel"
                    + " FROM contact_event e WHERE e.service_id = ?", made.serviceId())) {
                Instant started = Instant.parse(row.get("started_at").toString());
                Object nextAt = row.get("next_at");
                boolean repeated = nextAt != null
                        && !Instant.parse(nextAt.toString()).isAfter(started.plus(Duration.ofHours(168)));
                contacts.add(new Contact((String) row.get("touchpoint_code"), LocalDate.parse(row.get("on_day").toString()),
                        ((Long) row.get("wait_seconds")).intValue(), ((Long) row.get("transfers")).intValue(),
                        (Boolean) row.get("resolved"), repeated, repeated && !row.get("channel").equals(row.get("next_channel")),
                        (String) row.get("customer_hash")));
            }
        }

        private static Integer integer(Object value) {
            return value == null ? null : ((Long) value).intValue();
        }

        Figures of(Predicate<String> codes, LocalDate from, LocalDate to) {
            return new Figures(answers.stream().filter(a -> codes.test(a.code()) && !a.day().isBefore(from) && !a.day().isAfter(to)).toList(),
                    contacts.stream().filter(c -> codes.test(c.code()) && !c.day().isBefore(from) && !c.day().isAfter(to)).toList());
        }
    }

    /** The figures of some raw rows, computed straight from their definitions. */
    private static final class Figures {
        final List<Answer> answers;
        final List<Contact> contacts;

        Figures(List<Answer> answers, List<Contact> contacts) {
            this.answers = answers;
            this.contacts = contacts;
        }

        long n() {
            return answers.size();
        }

        Double mean() {
            return answers.isEmpty() ? null : answers.stream().mapToDouble(Answer::ces).sum() / answers.size();
        }

        Double variance() {
            if (answers.size() < 2) {
                return null;
            }
            double mean = mean();
            return answers.stream().mapToDouble(a -> (a.ces() - mean) * (a.ces() - mean)).sum() / (answers.size() - 1);
        }

        Double ciHalf() {
            return answers.size() < 2 ? null : new TDistribution(answers.size() - 1).inverseCumulativeProbability(0.975)
                    * Math.sqrt(variance()) / Math.sqrt(answers.size());
        }

        Double share(Predicate<Answer> which) {
            return answers.isEmpty() ? null : (double) answers.stream().filter(which).count() / answers.size();
        }

        Integer percentile(int percent) {
            if (contacts.isEmpty()) {
                return null;
            }
            // longer than an hour is "longer" (3601) in the report
            List<Integer> waits = contacts.stream().map(c -> Math.min(c.waitSeconds(), 3601)).sorted().toList();
            return waits.get((int) Math.ceil(percent / 100.0 * waits.size()) - 1);
        }

        Double perContact(Predicate<Contact> which) {
            return contacts.isEmpty() ? null : (double) contacts.stream().filter(which).count() / contacts.size();
        }

        Double transfersMean() {
            return contacts.isEmpty() ? null : (double) contacts.stream().mapToInt(Contact::transfers).sum() / contacts.size();
        }

        long repeated() {
            return contacts.stream().filter(Contact::repeated).count();
        }

        Double switchRate() {
            long repeated = repeated();
            return repeated == 0 ? null : (double) contacts.stream().filter(Contact::switched).count() / repeated;
        }

        long distinctCustomers() {
            Set<String> customers = new HashSet<>();
            answers.stream().map(Answer::customer).filter(c -> c != null).forEach(customers::add);
            contacts.stream().map(Contact::customer).filter(c -> c != null).forEach(customers::add);
            return customers.size();
        }
    }

    private static void close(Double expected, Double actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
            return;
        }
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    /** Every measured figure of a row (a touchpoint, a stage, the journey) against the raw rows' figures. */
    private static void assertMeasured(Figures raw, long responses, Double mean, Double low, Double high, Double lowShare,
                                       Double highShare, long contacts, Integer p50, Integer p90, Double transfers,
                                       Double fcr, Double repeat, Double switches, String what) {
        assertEquals(raw.n(), responses, what + " responses");
        close(raw.mean(), mean, what + " mean CES");
        close(raw.ciHalf() == null ? null : raw.mean() - raw.ciHalf(), low, what + " CI low");
        close(raw.ciHalf() == null ? null : raw.mean() + raw.ciHalf(), high, what + " CI high");
        close(raw.share(a -> a.ces() >= 5), lowShare, what + " low-effort share");
        close(raw.share(a -> a.ces() <= 3), highShare, what + " high-effort share");
        assertEquals(raw.contacts.size(), contacts, what + " contacts");
        assertEquals(raw.percentile(50), p50, what + " p50 wait");
        assertEquals(raw.percentile(90), p90, what + " p90 wait");
        close(raw.transfersMean(), transfers, what + " mean transfers");
        close(raw.perContact(c -> c.resolved() && !c.repeated()), fcr, what + " FCR");
        close(raw.perContact(Contact::repeated), repeat, what + " repeat rate");
        close(raw.switchRate(), switches, what + " channel-switch rate");
    }

    private static EffortStatus expectedStatus(Figures raw, BigDecimal target) {
        if (target == null) {
            return EffortStatus.NO_TARGET;
        }
        if (raw.n() < 30) {
            return EffortStatus.TOO_FEW_RESPONSES;
        }
        if (raw.mean() >= target.doubleValue()) {
            return EffortStatus.ON_TARGET;
        }
        return raw.mean() + raw.ciHalf() >= target.doubleValue() ? EffortStatus.AT_RISK : EffortStatus.OFF_TARGET;
    }

    // ---- the tests

    @Test
    void everyFigureOfTheEffortReportIsTheRawRowsFigure() {
        MeasuredServices.Made made = measured();
        for (LocalDate[] period : new LocalDate[][]{{FIRST, LAST}, {LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)}}) {
            EffortReport report = reports.effort(made.journeyId(), period[0], period[1]);
            assertEquals(made.journeyId(), report.journeyId());
            assertEquals(period[0], report.from());
            assertEquals(period[1], report.to());
            assertTrue(report.normalisation().contains("1 + (5 − a) × 1.5"));
            // blueprint order, also the touchpoint that has no data
            assertEquals(CODES, report.touchpoints().stream().map(TouchpointEffort::code).toList());
            for (TouchpointEffort row : report.touchpoints()) {
                Figures figures = raw.of(row.code()::equals, period[0], period[1]);
                assertMeasured(figures, row.responses(), row.cesMean(), row.cesCiLow(), row.cesCiHigh(), row.lowEffortShare(),
                        row.highEffortShare(), row.contacts(), row.waitP50(), row.waitP90(), row.transfersMean(), row.fcrRate(),
                        row.repeatRate(), row.channelSwitchRate(), row.code() + " " + period[0]);
                assertEquals(STAGES.get(row.code()), row.stage());
                assertEquals(TARGETS.get(row.code()), row.plan().targetCes());
                assertEquals(expectedStatus(figures, TARGETS.get(row.code())), row.status(), row.code() + " status");
                BigDecimal target = TARGETS.get(row.code());
                close(target == null || figures.mean() == null ? null : target.doubleValue() - figures.mean(), row.gaps().ces(),
                        row.code() + " CES gap");
            }
            Map<String, TouchpointEffort> byCode = new HashMap<>();
            report.touchpoints().forEach(row -> byCode.put(row.code(), row));
            // the plan's other terms against what was measured (RPT-CALL-01: max wait 120 s, 1 hand-off, FCR 70 %)
            TouchpointEffort call = byCode.get("RPT-CALL-01");
            Figures callRaw = raw.of("RPT-CALL-01"::equals, period[0], period[1]);
            assertEquals((double) (callRaw.percentile(90) - 120), call.gaps().waitP90());
            close(callRaw.transfersMean() - 1, call.gaps().transfers(), "transfers gap");
            close(callRaw.perContact(c -> c.resolved() && !c.repeated()) - 0.70, call.gaps().fcr(), "FCR gap");
            assertNull(byCode.get("RPT-WEB-01").gaps().waitP90(), "no maximum wait planned");
            assertNull(byCode.get("RPT-APP-01").gaps().ces());
            // the generated data gives every status a user would see
            assertEquals(EffortStatus.ON_TARGET, byCode.get("RPT-WEB-01").status());
            assertEquals(EffortStatus.OFF_TARGET, call.status());
            assertEquals(EffortStatus.TOO_FEW_RESPONSES, byCode.get("RPT-CHAT-01").status());
            assertEquals(EffortStatus.NO_TARGET, byCode.get("RPT-APP-01").status());
            TouchpointEffort app = byCode.get("RPT-APP-01");
            assertEquals(List.of(0L, 0L), List.of(app.responses(), app.contacts()));
            assertNull(app.cesMean());
            assertNull(app.waitP90());

            // stage subtotals and the journey total: every response and contact of their touchpoints as one sample
            assertEquals(List.of("Ask", "Settle"), report.stages().stream().map(EffortSubtotal::stage).toList());
            for (EffortSubtotal stage : report.stages()) {
                assertSubtotal(raw.of(code -> stage.stage().equals(STAGES.get(code)), period[0], period[1]), stage);
                assertEquals(2, stage.touchpoints());
            }
            assertNull(report.total().stage());
            assertEquals(4, report.total().touchpoints());
            assertSubtotal(raw.of(CODES::contains, period[0], period[1]), report.total());
        }
    }

    private static void assertSubtotal(Figures figures, EffortSubtotal row) {
        assertMeasured(figures, row.responses(), row.cesMean(), row.cesCiLow(), row.cesCiHigh(), row.lowEffortShare(),
                row.highEffortShare(), row.contacts(), row.waitP50(), row.waitP90(), row.transfersMean(), row.fcrRate(),
                row.repeatRate(), row.channelSwitchRate(), row.stage() == null ? "journey" : row.stage());
    }

    @Test
    void aContactBackExactlySevenDaysLaterIsARepeatAndOneSecondLaterIsNot() {
        MeasuredServices.Made made = measured();
        // the chat's only contacts that day: edge-a (back 168 h later by phone) and edge-b (back 168 h and 1 s later)
        TouchpointEffort chat = reports.effort(made.journeyId(), EDGE_DAY, EDGE_DAY).touchpoints().stream()
                .filter(t -> t.code().equals("RPT-CHAT-01")).findFirst().orElseThrow();
        assertEquals(2, chat.contacts());
        assertEquals(0.5, chat.repeatRate());
        assertEquals(1.0, chat.channelSwitchRate());
        assertEquals(0.5, chat.fcrRate());
        assertEquals(List.of(20, 40), List.of(chat.waitP50(), chat.waitP90()));
    }

    @Test
    void everyWeekOfTheTrendsIsTheRawRowsWeek() {
        MeasuredServices.Made made = measured();
        TrendReport trends = reports.trends(made.journeyId(), null, FIRST, LAST);
        LocalDate monday = FIRST.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // 1 September 2026 is a Tuesday, 15 November a Sunday: weeks 36 to 46, the first one without its Monday
        assertEquals(11, trends.journey().weeks().size());
        assertEquals("2026-W36", trends.journey().weeks().get(0).week());
        assertEquals(FIRST, trends.journey().weeks().get(0).firstDay());
        assertEquals(LocalDate.of(2026, 9, 6), trends.journey().weeks().get(0).lastDay());
        assertEquals("2026-W46", trends.journey().weeks().get(10).week());
        assertEquals(LAST, trends.journey().weeks().get(10).lastDay());
        assertEquals(CODES, trends.touchpoints().stream().map(TrendSeries::code).toList());
        List<TrendSeries> all = new ArrayList<>(trends.touchpoints());
        all.add(trends.journey());
        for (TrendSeries series : all) {
            Predicate<String> codes = series.code() == null ? CODES::contains : series.code()::equals;
            for (int w = 0; w < series.weeks().size(); w++) {
                TrendWeek week = series.weeks().get(w);
                assertEquals(monday.plusWeeks(w).isBefore(FIRST) ? FIRST : monday.plusWeeks(w), week.firstDay());
                Figures figures = raw.of(codes, week.firstDay(), week.lastDay());
                String what = series.code() + " " + week.week();
                assertEquals(figures.n(), week.responses(), what);
                close(figures.mean(), week.cesMean(), what + " mean");
                close(figures.ciHalf() == null ? null : figures.mean() - figures.ciHalf(), week.cesCiLow(), what + " CI low");
                close(figures.ciHalf() == null ? null : figures.mean() + figures.ciHalf(), week.cesCiHigh(), what + " CI high");
                assertEquals(figures.contacts.size(), week.contacts(), what);
                close(figures.perContact(Contact::repeated), week.repeatRate(), what + " repeat rate");
                assertEquals(figures.percentile(90), week.waitP90(), what + " p90");
            }
        }
        assertTrue(trends.journey().weeks().stream().allMatch(w -> w.responses() > 0 && w.contacts() > 0));

        TrendReport one = reports.trends(made.journeyId(), "rpt-call-01", FIRST, LAST);
        assertEquals(List.of("RPT-CALL-01"), one.touchpoints().stream().map(TrendSeries::code).toList());
        assertEquals(trends.touchpoints().get(1), one.touchpoints().get(0));
        assertEquals(trends.journey(), one.journey());
    }

    @Test
    void beforeAndAfterAreTheRawRowsTestedWithWelchAndTheTwoProportionZTest() {
        MeasuredServices.Made made = measured();
        BeforeAfterReport report = reports.beforeAfter(made.journeyId(), CHANGE, null);
        assertEquals(28, report.days());
        // the day itself is "after"
        assertEquals(List.of(CHANGE.minusDays(28), CHANGE.minusDays(1), CHANGE, CHANGE.plusDays(27)),
                List.of(report.beforeFrom(), report.beforeTo(), report.afterFrom(), report.afterTo()));
        List<BeforeAfterRow> all = new ArrayList<>(report.touchpoints());
        all.add(report.journey());
        for (BeforeAfterRow row : all) {
            Predicate<String> codes = row.code() == null ? CODES::contains : row.code()::equals;
            Figures before = raw.of(codes, report.beforeFrom(), report.beforeTo());
            Figures after = raw.of(codes, report.afterFrom(), report.afterTo());
            String what = row.code() == null ? "journey" : row.code();
            assertEquals(before.n(), row.ces().beforeResponses(), what);
            assertEquals(after.n(), row.ces().afterResponses(), what);
            close(before.mean(), row.ces().beforeMean(), what);
            close(after.mean(), row.ces().afterMean(), what);
            if (before.n() >= 2 && after.n() >= 2) {
                double a = before.variance() / before.n();
                double b = after.variance() / after.n();
                double t = (after.mean() - before.mean()) / Math.sqrt(a + b);
                double df = (a + b) * (a + b) / (a * a / (before.n() - 1) + b * b / (after.n() - 1));
                double p = 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t));
                close(t, row.ces().t(), what + " t");
                close(df, row.ces().degreesOfFreedom(), what + " df");
                close(p, row.ces().pValue(), what + " p");
                assertEquals(p < 0.05, row.ces().significant(), what);
            }
            long x1 = before.repeated();
            long x2 = after.repeated();
            int n1 = before.contacts.size();
            int n2 = after.contacts.size();
            assertEquals(List.of((long) n1, x1, (long) n2, x2), List.of(row.repeatRate().beforeContacts(),
                    row.repeatRate().beforeRepeated(), row.repeatRate().afterContacts(), row.repeatRate().afterRepeated()), what);
            if (n1 > 0 && n2 > 0) {
                double pooled = (double) (x1 + x2) / (n1 + n2);
                double z = ((double) x2 / n2 - (double) x1 / n1) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
                close((double) x2 / n2 - (double) x1 / n1, row.repeatRate().difference(), what + " repeat difference");
                close(z, row.repeatRate().z(), what + " z");
                close(2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(z))), row.repeatRate().pValue(), what + " p");
            }
        }
        // the phone line's answers moved up by two points after the change: a difference no test can miss
        BeforeAfterRow call = report.touchpoints().get(1);
        assertEquals("RPT-CALL-01", call.code());
        assertTrue(call.ces().difference() > 1, "difference " + call.ces().difference());
        assertTrue(call.ces().significant());
        assertTrue(call.ces().pValue() < 1e-6);
        // the app was never measured: no figures, no test
        BeforeAfterRow app = report.touchpoints().get(3);
        assertNull(app.ces().pValue());
        assertNull(app.repeatRate().pValue());
        assertFalse(app.ces().significant());

        BeforeAfterReport week = reports.beforeAfter(made.journeyId(), CHANGE, 7);
        assertEquals(List.of(CHANGE.minusDays(7), CHANGE.plusDays(6)), List.of(week.beforeFrom(), week.afterTo()));
        assertEquals(raw.of(CODES::contains, CHANGE, CHANGE.plusDays(6)).n(), week.journey().ces().afterResponses());
    }

    @Test
    void hotspotsRankTheEffortGapByContactsWithTheCustomersReachedAndTheLoyaltyTheyCost() {
        MeasuredServices.Made made = measured();
        HotspotReport report = reports.hotspots(made.journeyId(), FIRST, LAST);
        assertEquals(0.94, report.assumptions().lowEffortRepurchaseRate());
        assertEquals(0.04, report.assumptions().highEffortRepurchaseRate());
        // the app has no target and no data: no gap to rank
        assertEquals(Set.of("RPT-CALL-01", "RPT-CHAT-01", "RPT-WEB-01"),
                Set.copyOf(report.hotspots().stream().map(Hotspot::code).toList()));
        double previous = Double.MAX_VALUE;
        for (Hotspot hotspot : report.hotspots()) {
            Figures figures = raw.of(hotspot.code()::equals, FIRST, LAST);
            double gap = Math.max(0, TARGETS.get(hotspot.code()).doubleValue() - figures.mean());
            close(gap, hotspot.effortGap(), hotspot.code() + " gap");
            close(gap * figures.contacts.size(), hotspot.weightedGap(), hotspot.code() + " weighted gap");
            assertTrue(hotspot.weightedGap() <= previous, "ranked by the weighted gap");
            previous = hotspot.weightedGap();
            // fewer than 16,384 customers: the sketches count them exactly
            assertEquals((double) figures.distinctCustomers(), hotspot.customersReached(), hotspot.code() + " reached");
            double atRisk = figures.distinctCustomers() * figures.share(a -> a.ces() <= 3);
            close(atRisk, hotspot.customersAtRisk(), hotspot.code() + " at risk");
            close(atRisk * (0.94 - 0.04), hotspot.repurchasesLost(), hotspot.code() + " repurchases lost");
        }
        assertEquals("RPT-CALL-01", report.hotspots().get(0).code());
        assertTrue(report.hotspots().get(0).repurchasesLost() > 0);
        // the web is above its target: no gap, however many contacts
        assertEquals(0.0, report.hotspots().stream().filter(h -> h.code().equals("RPT-WEB-01")).findFirst().orElseThrow().weightedGap());
    }

    @Test
    void everyKpiIsMeasuredFromTheRawRowsAndMetOrMissedInItsDirection() {
        MeasuredServices.Made made = measured();
        KpiReport report = reports.kpis(made.journeyId(), FIRST, LAST);
        Figures call = raw.of("RPT-CALL-01"::equals, FIRST, LAST);
        List<Answer> csat = call.answers.stream().filter(a -> a.csat() != null).toList();
        List<Answer> nps = call.answers.stream().filter(a -> a.nps() != null).toList();
        Map<String, Double> expected = new HashMap<>();
        expected.put("CES", call.mean());
        expected.put("CSAT", 100.0 * csat.stream().filter(a -> a.csat() >= 4).count() / csat.size());
        expected.put("NPS", 100.0 * (nps.stream().filter(a -> a.nps() >= 9).count() - nps.stream().filter(a -> a.nps() <= 6).count()) / nps.size());
        expected.put("FIRST_CONTACT_RESOLUTION", 100 * call.perContact(c -> c.resolved() && !c.repeated()));
        expected.put("REPEAT_CONTACT_RATE_7D", 100 * call.perContact(Contact::repeated));
        expected.put("WAIT_TIME_P50", call.percentile(50) / 60.0);
        expected.put("WAIT_TIME_P90", (double) call.percentile(90));
        expected.put("SERVICE_LEVEL 120", 100 * call.perContact(c -> c.waitSeconds() <= 120));
        expected.put("SERVICE_LEVEL 90", 100 * call.perContact(c -> c.waitSeconds() <= 90));
        expected.put("TRANSFER_RATE", 100 * call.perContact(c -> c.transfers() > 0));
        expected.put("CHANNEL_SWITCH_RATE", 100 * call.switchRate());
        assertEquals(13, report.kpis().size());
        for (KpiAttainment kpi : report.kpis()) {
            if (kpi.touchpointCode().equals("RPT-APP-01")) {
                assertEquals(KpiOutcome.NO_DATA, kpi.outcome());
                continue;
            }
            if (kpi.metric() == KpiMetric.COMPLAINTS) {
                assertEquals(KpiOutcome.NOT_MEASURABLE, kpi.outcome());
                assertNull(kpi.measured());
                continue;
            }
            String key = kpi.metric() == KpiMetric.SERVICE_LEVEL ? "SERVICE_LEVEL " + kpi.thresholdSeconds() : kpi.metric().name();
            Double value = expected.get(key);
            assertNotNull(value, key);
            close(value, kpi.measured(), key);
            boolean met = kpi.direction() == KpiDirection.HIGHER_IS_BETTER ? value >= kpi.target().doubleValue()
                    : value <= kpi.target().doubleValue();
            assertEquals(met ? KpiOutcome.MET : KpiOutcome.MISSED, kpi.outcome(), key + " " + value + " against " + kpi.target());
        }
    }

    @Test
    void badRequestsAreRefusedSayingWhy() {
        MeasuredServices.Made made = measured();
        assertThrows(UnknownJourneyException.class, () -> reports.effort(Long.MAX_VALUE, FIRST, LAST));
        DomainException backwards = assertThrows(DomainException.class, () -> reports.effort(made.journeyId(), LAST, FIRST));
        assertEquals("report.period.order", backwards.getMessageKey());
        DomainException tooLong = assertThrows(DomainException.class,
                () -> reports.trends(made.journeyId(), null, FIRST.minusYears(4), LAST));
        assertEquals("report.period.tooLong", tooLong.getMessageKey());
        DomainException unknownTouchpoint = assertThrows(DomainException.class,
                () -> reports.trends(made.journeyId(), "RPT-NONE-01", FIRST, LAST));
        assertEquals(DomainException.Kind.NOT_FOUND, unknownTouchpoint.getKind());
        assertEquals("report.touchpoint.notFound", unknownTouchpoint.getMessageKey());
        assertEquals("report.days.range", assertThrows(DomainException.class,
                () -> reports.beforeAfter(made.journeyId(), CHANGE, 0)).getMessageKey());
    }
}
