package io.blueprint.reports.effort;

import io.blueprint.journey.Journey;
import io.blueprint.journey.Kpi;
import io.blueprint.journey.Stage;
import io.blueprint.journey.Step;
import io.blueprint.journey.Touchpoint;
import io.blueprint.measurement.Jdbc;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The effort reports of a journey: planned against measured effort per touchpoint, the hotspots and what they
 * cost in loyalty, weekly trends, before/after a day, and KPI attainment. Pure read models: they read the journey's
 * entities and the daily rollups ({@code survey_day}, {@code survey_day_ces}, {@code contact_day},
 * {@code contact_day_wait} and its monthly form {@code contact_month_wait}, {@code touchpoint_customers}), never the raw
 * rows, and write nothing.
 * Periods are company days (the rollups' {@code on_day}), both ends included.
 */
@ApplicationScoped
@Transactional
public class EffortReports {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    @Inject
    Jdbc jdbc;

    @Inject
    Instance<EffortSettings> configured;

    /** The settings the application produces, or the defaults when it produces none. */
    public EffortSettings settings() {
        return configured != null && configured.isResolvable() ? configured.get() : EffortSettings.defaults();
    }

    // ---- the effort report

    /** Planned against measured effort for every touchpoint of the journey from {@code from} to {@code to}. */
    public EffortReport effort(long journeyId, LocalDate from, LocalDate to) {
        EffortSettings settings = settings();
        checkPeriod(from, to, settings);
        ReportedJourney journey = journey(journeyId);
        Map<String, Map<Integer, Tally>> tallies = read(journey, from, to, r -> r.tallies(RollupReader.Buckets.whole(), false));
        List<TouchpointEffort> rows = new ArrayList<>();
        Map<Integer, List<PlannedTouchpoint>> byStage = new LinkedHashMap<>();
        Map<Integer, Tally> stageTallies = new LinkedHashMap<>();
        Tally total = new Tally();
        for (PlannedTouchpoint touchpoint : journey.touchpoints()) {
            Tally tally = bucket(tallies, touchpoint.code(), 0);
            rows.add(touchpointEffort(touchpoint, tally, settings));
            byStage.computeIfAbsent(touchpoint.stagePosition(), s -> new ArrayList<>()).add(touchpoint);
            stageTallies.computeIfAbsent(touchpoint.stagePosition(), s -> new Tally()).add(tally);
            total.add(tally);
        }
        List<EffortSubtotal> stages = new ArrayList<>();
        byStage.forEach((position, touchpoints) -> stages.add(subtotal(touchpoints.get(0).stage(), touchpoints.size(),
                stageTallies.get(position), settings)));
        return new EffortReport(journey.id(), journey.name(), from, to, EffortReport.NORMALISATION,
                settings.minimumResponses(), List.copyOf(rows), List.copyOf(stages),
                subtotal(null, journey.touchpoints().size(), total, settings));
    }

    static TouchpointEffort touchpointEffort(PlannedTouchpoint touchpoint, Tally tally, EffortSettings settings) {
        EffortStatistics.Interval ci = EffortStatistics.cesInterval(tally);
        PlannedEffort plan = touchpoint.plan();
        Double mean = tally.cesMean();
        Integer p90 = tally.waitPercentile(90);
        Double transfers = tally.transfersMean();
        Double fcr = tally.fcrRate();
        EffortGaps gaps = new EffortGaps(
                plan.targetCes() == null || mean == null ? null : plan.targetCes().doubleValue() - mean,
                plan.maxWaitSeconds() == null || p90 == null ? null : (double) (p90 - plan.maxWaitSeconds()),
                plan.maxHandoffs() == null || transfers == null ? null : transfers - plan.maxHandoffs(),
                plan.targetFcrPercent() == null || fcr == null ? null : fcr - plan.targetFcrPercent() / 100.0);
        return new TouchpointEffort(touchpoint.code(), touchpoint.stepTitle(), touchpoint.stage(), touchpoint.channel(), plan,
                tally.cesAnswers(), mean, ci == null ? null : ci.low(), ci == null ? null : ci.high(),
                tally.cesShareAtLeast(settings.lowEffortAtLeast()), tally.cesShareAtMost(settings.highEffortAtMost()),
                tally.contacts, tally.waitPercentile(50), p90, transfers, fcr, tally.repeatRate(), tally.channelSwitchRate(),
                gaps, EffortStatistics.status(tally, plan.targetCes(), settings.minimumResponses()));
    }

    private static EffortSubtotal subtotal(String stage, int touchpoints, Tally tally, EffortSettings settings) {
        EffortStatistics.Interval ci = EffortStatistics.cesInterval(tally);
        return new EffortSubtotal(stage, touchpoints, tally.cesAnswers(), tally.cesMean(), ci == null ? null : ci.low(),
                ci == null ? null : ci.high(), tally.cesShareAtLeast(settings.lowEffortAtLeast()),
                tally.cesShareAtMost(settings.highEffortAtMost()), tally.contacts, tally.waitPercentile(50),
                tally.waitPercentile(90), tally.transfersMean(), tally.fcrRate(), tally.repeatRate(), tally.channelSwitchRate());
    }

    // ---- hotspots

    /**
     * The touchpoints ranked by {@code max(0, target − mean CES) × contacts}, with customers reached, customers at
     * risk ({@code reached × high-effort share}) and repurchases lost ({@code at risk × (0.94 − 0.04)}).
     */
    public HotspotReport hotspots(long journeyId, LocalDate from, LocalDate to) {
        EffortSettings settings = settings();
        checkPeriod(from, to, settings);
        ReportedJourney journey = journey(journeyId);
        Map<String, Map<Integer, Tally>> tallies = read(journey, from, to, r -> r.tallies(RollupReader.Buckets.whole(), false));
        Map<String, Double> reached = read(journey, from, to, RollupReader::customersReached);
        LoyaltyAssumptions assumptions = new LoyaltyAssumptions(settings.lowEffortRepurchaseRate(),
                settings.highEffortRepurchaseRate(), settings.highEffortAtMost());
        List<Hotspot> hotspots = new ArrayList<>();
        for (PlannedTouchpoint touchpoint : journey.touchpoints()) {
            Tally tally = bucket(tallies, touchpoint.code(), 0);
            BigDecimal target = touchpoint.plan().targetCes();
            Double mean = tally.cesMean();
            if (target == null || mean == null) {
                continue;
            }
            double gap = Math.max(0, target.doubleValue() - mean);
            double customers = reached.getOrDefault(touchpoint.code(), 0.0);
            Double highShare = tally.cesShareAtMost(settings.highEffortAtMost());
            Double atRisk = highShare == null ? null : customers * highShare;
            hotspots.add(new Hotspot(touchpoint.code(), touchpoint.stepTitle(), touchpoint.stage(), touchpoint.channel(),
                    target, tally.cesAnswers(), mean, highShare, tally.contacts, gap, gap * tally.contacts, customers,
                    atRisk, atRisk == null ? null : atRisk * assumptions.repurchaseRateLost(),
                    EffortStatistics.status(tally, target, settings.minimumResponses())));
        }
        hotspots.sort(Comparator.comparingDouble(Hotspot::weightedGap).reversed().thenComparing(Hotspot::code));
        return new HotspotReport(journey.id(), from, to, assumptions, List.copyOf(hotspots));
    }

    // ---- trends

    /**
     * Weekly series (ISO weeks, Monday first) of the journey and of each touchpoint, or only of the touchpoint
     * {@code touchpointCode} when it is given (the journey series still covers every touchpoint).
     */
    public TrendReport trends(long journeyId, String touchpointCode, LocalDate from, LocalDate to) {
        EffortSettings settings = settings();
        checkPeriod(from, to, settings);
        ReportedJourney journey = journey(journeyId);
        PlannedTouchpoint only = touchpointCode == null || touchpointCode.isBlank() ? null : touchpoint(journey, touchpointCode);
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (ChronoUnit.DAYS.between(monday, to) / 7) + 1;
        Map<String, Map<Integer, Tally>> tallies = read(journey, from, to,
                r -> r.tallies(RollupReader.Buckets.weeksFrom(monday), false));
        List<Tally> journeyWeeks = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            journeyWeeks.add(new Tally());
        }
        List<TrendSeries> series = new ArrayList<>();
        for (PlannedTouchpoint touchpoint : journey.touchpoints()) {
            List<TrendWeek> rows = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                Tally tally = bucket(tallies, touchpoint.code(), w);
                journeyWeeks.get(w).add(tally);
                rows.add(week(monday, w, from, to, tally));
            }
            if (only == null || only.code().equals(touchpoint.code())) {
                series.add(new TrendSeries(touchpoint.code(), touchpoint.stage(), touchpoint.channel(), List.copyOf(rows)));
            }
        }
        List<TrendWeek> total = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            total.add(week(monday, w, from, to, journeyWeeks.get(w)));
        }
        return new TrendReport(journey.id(), from, to, new TrendSeries(null, null, null, List.copyOf(total)), List.copyOf(series));
    }

    private static TrendWeek week(LocalDate monday, int index, LocalDate from, LocalDate to, Tally tally) {
        LocalDate start = monday.plusWeeks(index);
        LocalDate end = start.plusDays(6);
        EffortStatistics.Interval ci = EffortStatistics.cesInterval(tally);
        String label = String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new TrendWeek(label, start.isBefore(from) ? from : start, end.isAfter(to) ? to : end, tally.cesAnswers(),
                tally.cesMean(), ci == null ? null : ci.low(), ci == null ? null : ci.high(), tally.contacts,
                tally.repeatRate(), tally.waitPercentile(90));
    }

    // ---- before / after

    /**
     * Before and after {@code day}, {@code days} days each side ({@code null}: the settings' 28); the day itself
     * belongs to "after". Mean CES compared with Welch's t-test, repeat rate with the pooled two-proportion z-test.
     */
    public BeforeAfterReport beforeAfter(long journeyId, LocalDate day, Integer days) {
        EffortSettings settings = settings();
        if (day == null) {
            throw new DomainException("report.day.required").at("date");
        }
        int span = days == null ? settings.beforeAfterDays() : days;
        if (span < 1 || 2L * span > settings.maxPeriodDays()) {
            throw new DomainException("report.days.range", 1, settings.maxPeriodDays() / 2, span).at("days");
        }
        ReportedJourney journey = journey(journeyId);
        LocalDate from = day.minusDays(span);
        LocalDate to = day.plusDays(span - 1L);
        Map<String, Map<Integer, Tally>> tallies = read(journey, from, to, r -> r.tallies(RollupReader.Buckets.splitAt(day), false));
        Tally before = new Tally();
        Tally after = new Tally();
        List<BeforeAfterRow> rows = new ArrayList<>();
        for (PlannedTouchpoint touchpoint : journey.touchpoints()) {
            Tally b = bucket(tallies, touchpoint.code(), 0);
            Tally a = bucket(tallies, touchpoint.code(), 1);
            before.add(b);
            after.add(a);
            rows.add(new BeforeAfterRow(touchpoint.code(), touchpoint.stage(), touchpoint.channel(), compareCes(b, a),
                    compareRepeats(b, a)));
        }
        return new BeforeAfterReport(journey.id(), day, span, from, day.minusDays(1), day, to,
                new BeforeAfterRow(null, null, null, compareCes(before, after), compareRepeats(before, after)), List.copyOf(rows));
    }

    static MeanComparison compareCes(Tally before, Tally after) {
        Double m1 = before.cesMean();
        Double m2 = after.cesMean();
        Double v1 = before.cesVariance();
        Double v2 = after.cesVariance();
        EffortStatistics.Welch welch = v1 == null || v2 == null ? null
                : EffortStatistics.welch(before.cesAnswers(), m1, v1, after.cesAnswers(), m2, v2);
        return new MeanComparison(before.cesAnswers(), m1, before.cesSd(), after.cesAnswers(), m2, after.cesSd(),
                m1 == null || m2 == null ? null : m2 - m1, welch == null ? null : welch.t(),
                welch == null ? null : welch.degreesOfFreedom(), welch == null ? null : welch.p(),
                welch != null && welch.p() < EffortStatistics.SIGNIFICANCE);
    }

    static RateComparison compareRepeats(Tally before, Tally after) {
        return RateComparison.between(before.contacts, before.repeated, after.contacts, after.repeated);
    }

    /**
     * Mean CES and repeat rate at touchpoints {@code codes} of a service in the {@code span} days before {@code day}
     * against the {@code span} days from it (a guarantee's touchpoints around the day its new version took effect).
     */
    public BeforeAfterRow beforeAfter(long serviceId, List<String> codes, LocalDate day, int span) {
        EffortSettings settings = settings();
        if (span < 1 || 2L * span > settings.maxPeriodDays()) {
            throw new DomainException("report.days.range", 1, settings.maxPeriodDays() / 2, span).at("days");
        }
        Map<String, Map<Integer, Tally>> tallies = jdbc.work(connection -> new RollupReader(connection, serviceId, codes,
                day.minusDays(span), day.plusDays(span - 1L)).tallies(RollupReader.Buckets.splitAt(day), false));
        Tally before = new Tally();
        Tally after = new Tally();
        for (String code : codes) {
            before.add(bucket(tallies, code, 0));
            after.add(bucket(tallies, code, 1));
        }
        return new BeforeAfterRow(null, null, null, compareCes(before, after), compareRepeats(before, after));
    }

    // ---- KPI attainment

    /** Every KPI on the journey's touchpoints, its measured value over the period against its target. */
    public KpiReport kpis(long journeyId, LocalDate from, LocalDate to) {
        EffortSettings settings = settings();
        checkPeriod(from, to, settings);
        ReportedJourney journey = journey(journeyId);
        Map<String, Map<Integer, Tally>> tallies = read(journey, from, to, r -> r.tallies(RollupReader.Buckets.whole(), true));
        List<KpiAttainment> rows = new ArrayList<>();
        for (PlannedTouchpoint touchpoint : journey.touchpoints()) {
            Tally tally = bucket(tallies, touchpoint.code(), 0);
            for (PlannedTouchpoint.PlannedKpi kpi : touchpoint.kpis()) {
                rows.add(KpiMeasures.attainment(touchpoint, kpi, tally));
            }
        }
        return new KpiReport(journey.id(), from, to, List.copyOf(rows));
    }

    // ---- shared

    static void checkPeriod(LocalDate from, LocalDate to, EffortSettings settings) {
        if (from == null) {
            throw new DomainException("report.period.required").at("from");
        }
        if (to == null) {
            throw new DomainException("report.period.required").at("to");
        }
        if (from.isAfter(to)) {
            throw new DomainException("report.period.order", from, to).at("from");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > settings.maxPeriodDays()) {
            throw new DomainException("report.period.tooLong", settings.maxPeriodDays(), days).at("to");
        }
    }

    private static Tally bucket(Map<String, Map<Integer, Tally>> tallies, String code, int bucket) {
        Map<Integer, Tally> buckets = tallies.get(code);
        Tally tally = buckets == null ? null : buckets.get(bucket);
        return tally == null ? new Tally() : tally;
    }

    private static PlannedTouchpoint touchpoint(ReportedJourney journey, String code) {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return journey.touchpoints().stream().filter(t -> t.code().equals(wanted)).findFirst()
                .orElseThrow(() -> DomainException.notFound("report.touchpoint.notFound", wanted, journey.name()).at("touchpoint"));
    }

    @FunctionalInterface
    private interface Reading<T> {
        T from(RollupReader reader) throws SQLException;
    }

    private <T> T read(ReportedJourney journey, LocalDate from, LocalDate to, Reading<T> reading) {
        return jdbc.work(connection -> reading.from(new RollupReader(connection, journey.serviceId(), journey.codes(), from, to)));
    }

    /** The journey's touchpoints in blueprint order (stage, lane, position in the cell) with their plans and KPIs. */
    private ReportedJourney journey(long journeyId) {
        Journey journey = em.find(Journey.class, journeyId);
        if (journey == null) {
            throw new UnknownJourneyException(journeyId);
        }
        // the journey's stages and steps in two queries, so that the touchpoints find theirs in the persistence context
        em.createQuery("select s from Stage s where s.journey.id = :journey", Stage.class)
                .setParameter("journey", journeyId).getResultList();
        em.createQuery("select s from Step s where s.journey.id = :journey", Step.class)
                .setParameter("journey", journeyId).getResultList();
        List<Touchpoint> touchpoints = new ArrayList<>(em.createQuery("select t from Touchpoint t where t.journey.id = :journey",
                        Touchpoint.class).setParameter("journey", journeyId).getResultList());
        touchpoints.sort(Comparator.<Touchpoint>comparingInt(t -> t.getStep().getStage().getPosition())
                .thenComparing(t -> t.getStep().getLane())
                .thenComparingInt(t -> t.getStep().getPosition())
                .thenComparing(Touchpoint::getCode));
        Map<Long, List<PlannedTouchpoint.PlannedKpi>> kpis = new HashMap<>();
        for (Kpi kpi : em.createQuery("select k from Kpi k where k.touchpoint.journey.id = :journey order by k.id", Kpi.class)
                .setParameter("journey", journeyId).getResultList()) {
            kpis.computeIfAbsent(kpi.getTouchpoint().getId(), t -> new ArrayList<>()).add(new PlannedTouchpoint.PlannedKpi(
                    kpi.getId(), kpi.getMetric(), kpi.getTarget(), kpi.getUnit(), kpi.getDirection()));
        }
        List<PlannedTouchpoint> planned = touchpoints.stream().map(t -> new PlannedTouchpoint(t.getCode(),
                t.getStep().getTitle(), t.getStep().getStage().getPosition(), t.getStep().getStage().getName(), t.getChannel(),
                PlannedEffort.of(t.getEffortPlan()), List.copyOf(kpis.getOrDefault(t.getId(), List.of())))).toList();
        return new ReportedJourney(journey.getId(), journey.getName(), journey.getService().getId(), planned);
    }
}
