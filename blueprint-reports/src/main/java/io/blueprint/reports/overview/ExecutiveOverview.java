package io.blueprint.reports.overview;

import io.blueprint.measurement.Jdbc;
import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.EffortReports;
import io.blueprint.reports.effort.EffortStatus;
import io.blueprint.reports.effort.HotspotReport;
import io.blueprint.reports.effort.LoyaltyAssumptions;
import io.blueprint.reports.effort.TouchpointEffort;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;
import io.blueprint.reports.outcome.GuaranteeReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The executive overview, assembled from the effort reports and the guarantee outcomes: what an executive opens
 * Blueprint for, each part linking to its detail. Reads only.
 */
@ApplicationScoped
@Transactional
public class ExecutiveOverview {

    /** Days of the effort part, today included. */
    public static final int DAYS = 30;
    /** The most journeys the overview reports on (those with the most measured data). */
    public static final int MAX_JOURNEYS = 12;
    /** Hotspots and guarantees shown. */
    public static final int TOP = 5;

    @Inject
    EffortReports effort;

    @Inject
    GuaranteeReports guarantees;

    @Inject
    Jdbc jdbc;

    public Overview overview(LocalDate today) {
        LocalDate from = today.minusDays(DAYS - 1L);
        List<MeasuredJourney> measured = measuredJourneys(from, today);
        List<JourneyEffort> journeys = new ArrayList<>();
        List<OverviewHotspot> hotspots = new ArrayList<>();
        HotspotReport anyHotspots = null;
        for (MeasuredJourney journey : measured.subList(0, Math.min(MAX_JOURNEYS, measured.size()))) {
            EffortReport report = effort.effort(journey.id(), from, today);
            Map<EffortStatus, Integer> statuses = new EnumMap<>(EffortStatus.class);
            for (EffortStatus status : EffortStatus.values()) {
                statuses.put(status, 0);
            }
            for (TouchpointEffort touchpoint : report.touchpoints()) {
                statuses.merge(touchpoint.status(), 1, Integer::sum);
            }
            journeys.add(new JourneyEffort(report.journeyId(), report.journeyName(), journey.serviceName(),
                    report.total().responses(), report.total().cesMean(), report.total().contacts(), statuses));
            HotspotReport found = effort.hotspots(journey.id(), from, today);
            anyHotspots = found;
            found.hotspots().stream().filter(h -> h.weightedGap() > 0)
                    .forEach(h -> hotspots.add(new OverviewHotspot(report.journeyId(), report.journeyName(), h)));
        }
        hotspots.sort(Comparator.comparingDouble((OverviewHotspot h) -> h.hotspot().weightedGap()).reversed());

        YearMonth thisMonth = YearMonth.from(today);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        GuaranteeOutcomeReport outcomes = guarantees.report(lastMonth.atDay(1), today, null);
        Map<String, BigDecimal> lastCost = new TreeMap<>();
        Map<String, BigDecimal> thisCost = new TreeMap<>();
        List<GuaranteeOutcomeRow> broken = new ArrayList<>();
        for (GuaranteeOutcomeRow row : outcomes.guarantees()) {
            if (!row.outcome().measurable()) {
                continue;
            }
            OutcomeFigures last = row.outcome().months().get(0).figures();
            OutcomeFigures now = row.outcome().months().get(row.outcome().months().size() - 1).figures();
            last.expectedCost().forEach((currency, cost) -> lastCost.merge(currency, cost, BigDecimal::add));
            now.expectedCost().forEach((currency, cost) -> thisCost.merge(currency, cost, BigDecimal::add));
            if (last.breaches() > 0 || now.breaches() > 0) {
                broken.add(row);
            }
        }
        broken.sort(Comparator.comparing((GuaranteeOutcomeRow r) -> rate(r.outcome().total())).reversed()
                .thenComparing(GuaranteeOutcomeRow::code));
        return new Overview(from, today, journeys, measured.size(), hotspots.subList(0, Math.min(TOP, hotspots.size())),
                anyHotspots == null ? defaultAssumptions() : anyHotspots.assumptions(), lastMonth, thisMonth,
                broken.subList(0, Math.min(TOP, broken.size())), lastCost, thisCost, outcomes.claimRate());
    }

    private LoyaltyAssumptions defaultAssumptions() {
        var settings = effort.settings();
        return new LoyaltyAssumptions(settings.lowEffortRepurchaseRate(), settings.highEffortRepurchaseRate(),
                settings.highEffortAtMost());
    }

    private static double rate(OutcomeFigures figures) {
        return figures.breachRate() == null ? 0 : figures.breachRate();
    }

    /** A journey with measured data in the period, and the name of its service. */
    private record MeasuredJourney(long id, String serviceName) {
    }

    /** Journeys with survey responses or contacts in the period, most measured first. */
    private List<MeasuredJourney> measuredJourneys(LocalDate from, LocalDate to) {
        return jdbc.work(connection -> {
            List<MeasuredJourney> journeys = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT x.journey_id, s.name, SUM(x.n) AS n FROM (
                        SELECT t.journey_id, d.responses AS n FROM touchpoint t
                        JOIN survey_day d ON d.service_id = t.service_id AND d.touchpoint_code = t.code
                        WHERE d.on_day BETWEEN ? AND ?
                        UNION ALL
                        SELECT t.journey_id, c.contacts AS n FROM touchpoint t
                        JOIN contact_day c ON c.service_id = t.service_id AND c.touchpoint_code = t.code
                        WHERE c.on_day BETWEEN ? AND ?) x
                    JOIN journey j ON j.id = x.journey_id
                    JOIN service s ON s.id = j.service_id
                    WHERE j.status <> 'ARCHIVED'
                    GROUP BY x.journey_id, s.name ORDER BY n DESC, x.journey_id""")) {
                statement.setObject(1, from);
                statement.setObject(2, to);
                statement.setObject(3, from);
                statement.setObject(4, to);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        journeys.add(new MeasuredJourney(rows.getLong(1), rows.getString(2)));
                    }
                }
            }
            return journeys;
        });
    }
}
