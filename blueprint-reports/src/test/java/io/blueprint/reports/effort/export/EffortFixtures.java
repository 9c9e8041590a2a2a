package io.blueprint.reports.effort.export;

import io.blueprint.journey.Channel;
import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;
import io.blueprint.reports.effort.BeforeAfterReport;
import io.blueprint.reports.effort.BeforeAfterRow;
import io.blueprint.reports.effort.EffortGaps;
import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.EffortStatus;
import io.blueprint.reports.effort.EffortSubtotal;
import io.blueprint.reports.effort.Hotspot;
import io.blueprint.reports.effort.HotspotReport;
import io.blueprint.reports.effort.KpiAttainment;
import io.blueprint.reports.effort.KpiOutcome;
import io.blueprint.reports.effort.KpiReport;
import io.blueprint.reports.effort.LoyaltyAssumptions;
import io.blueprint.reports.effort.MeanComparison;
import io.blueprint.reports.effort.PlannedEffort;
import io.blueprint.reports.effort.RateComparison;
import io.blueprint.reports.effort.TouchpointEffort;
import io.blueprint.reports.effort.TrendReport;
import io.blueprint.reports.effort.TrendSeries;
import io.blueprint.reports.effort.TrendWeek;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.TestLabels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small effort report of two stages and three touchpoints, and labels that echo their keys or speak Korean. */
final class EffortFixtures {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    /** Every text its key, with the arguments after it. */
    static final Labels KEYS = TestLabels.of(Locale.ENGLISH, Map.of());

    /** The headings a Korean reader gets, the rest as keys. */
    static final Labels KOREAN = TestLabels.of(Locale.KOREAN, Map.of(
            "report.export.title", "고객 노력 보고서 · {0} · {1}~{2}",
            "report.effort.table", "접점별 계획과 측정",
            "report.col.touchpoint", "접점",
            "report.export.sheet.touchpoints", "접점"));

    private EffortFixtures() {
    }

    static TouchpointEffort call(String code) {
        return new TouchpointEffort(code, "환불 문의 전화", "Claim", Channel.PHONE,
                new PlannedEffort(new BigDecimal("5.5"), 120, 1, 80), 40, 4.2, 3.8, 4.6, 0.35, 0.4, 200, 60, 300, 1.4,
                0.62, 0.18, 0.25, new EffortGaps(1.3, 180.0, 0.4, -0.18), EffortStatus.OFF_TARGET);
    }

    static TouchpointEffort web() {
        return new TouchpointEffort("RET-WEB-01", "Return form", "Start", Channel.WEB,
                new PlannedEffort(new BigDecimal("6.0"), null, null, null), 50, 6.1, 5.9, 6.3, 0.9, 0.02, 0, null, null,
                null, null, null, null, new EffortGaps(-0.1, null, null, null), EffortStatus.ON_TARGET);
    }

    static TouchpointEffort mail() {
        return new TouchpointEffort("RET-MAIL-01", "Label by e-mail", "Start", Channel.EMAIL,
                new PlannedEffort(null, null, null, null), 0, null, null, null, null, null, 12, 3600, 3601, 0.0, 0.5,
                0.25, 0.0, new EffortGaps(null, null, null, null), EffortStatus.NO_TARGET);
    }

    static EffortExport export() {
        return export(call("RET-CALL-01"));
    }

    /** The export with {@code call} as the claim stage's touchpoint. */
    static EffortExport export(TouchpointEffort call) {
        EffortSubtotal start = new EffortSubtotal("Start", 2, 50, 6.1, 5.9, 6.3, 0.9, 0.02, 12, 3600, 3601, 0.0, 0.5, 0.25, 0.0);
        EffortSubtotal claim = new EffortSubtotal("Claim", 1, 40, 4.2, 3.8, 4.6, 0.35, 0.4, 200, 60, 300, 1.4, 0.62, 0.18, 0.25);
        EffortSubtotal total = new EffortSubtotal(null, 3, 90, 5.2556, 4.9, 5.6, 0.6556, 0.1889, 212, 60, 600, 1.32, 0.613,
                0.184, 0.24);
        EffortReport effort = new EffortReport(7, "Return a damaged item", FROM, TO, EffortReport.NORMALISATION, 30,
                List.of(web(), mail(), call), List.of(start, claim), total);
        HotspotReport hotspots = new HotspotReport(7, FROM, TO, new LoyaltyAssumptions(0.94, 0.04, 3),
                List.of(new Hotspot(call.code(), call.stepTitle(), "Claim", Channel.PHONE, new BigDecimal("5.5"), 40, 4.2, 0.4,
                        200, 1.3, 260.0, 150.0, 60.0, 54.0, EffortStatus.OFF_TARGET)));
        TrendReport trends = new TrendReport(7, FROM, TO, new TrendSeries(null, null, null, List.of(
                new TrendWeek("2026-W44", FROM, FROM, 0, null, null, null, 0, null, null),
                new TrendWeek("2026-W45", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8), 30, 5.0, 4.6, 5.4, 70, 0.2, 400),
                new TrendWeek("2026-W46", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15), 30, 5.3, 4.9, 5.7, 70, 0.18, 350),
                new TrendWeek("2026-W47", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), 30, 5.5, 5.1, 5.9, 72, 0.15, 300))),
                List.of());
        BeforeAfterReport beforeAfter = new BeforeAfterReport(7, LocalDate.of(2026, 11, 3), 28, LocalDate.of(2026, 10, 6),
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), TO,
                new BeforeAfterRow(null, null, null, new MeanComparison(80, 4.8, 1.2, 90, 5.26, 1.1, 0.46, 2.59, 161.2, 0.0004, true),
                        new RateComparison(220, 55, 0.25, 212, 39, 0.184, -0.066, -1.67, 0.095, false)),
                List.of(new BeforeAfterRow(call.code(), "Claim", Channel.PHONE,
                        new MeanComparison(35, 3.9, 1.3, 40, 4.2, 1.2, 0.3, 1.03, 70.1, 0.31, false),
                        new RateComparison(210, 54, 0.257, 200, 36, 0.18, -0.077, -1.9, 0.057, false))));
        KpiReport kpis = new KpiReport(7, FROM, TO, List.of(
                new KpiAttainment(1, call.code(), "Claim", KpiMetric.FIRST_CONTACT_RESOLUTION, new BigDecimal("80"), "%",
                        KpiDirection.HIGHER_IS_BETTER, null, 62.0, 200, KpiOutcome.MISSED)));
        return new EffortExport(effort, hotspots, trends, beforeAfter, kpis);
    }

    /** A period in which nothing was measured: one touchpoint, no hotspots, no KPIs, empty weeks. */
    static EffortExport empty() {
        EffortSubtotal nothing = new EffortSubtotal("Start", 1, 0, null, null, null, null, null, 0, null, null, null, null,
                null, null);
        TouchpointEffort web = new TouchpointEffort("RET-WEB-01", "Return form", "Start", Channel.WEB,
                new PlannedEffort(new BigDecimal("6.0"), null, null, null), 0, null, null, null, null, null, 0, null, null,
                null, null, null, null, new EffortGaps(null, null, null, null), EffortStatus.TOO_FEW_RESPONSES);
        EffortReport effort = new EffortReport(7, "Return a damaged item", FROM, TO, EffortReport.NORMALISATION, 30,
                List.of(web), List.of(nothing), new EffortSubtotal(null, 1, 0, null, null, null, null, null, 0, null, null,
                null, null, null, null));
        MeanComparison noMeans = new MeanComparison(0, null, null, 0, null, null, null, null, null, null, false);
        RateComparison noRates = new RateComparison(0, 0, null, 0, 0, null, null, null, null, false);
        return new EffortExport(effort, new HotspotReport(7, FROM, TO, new LoyaltyAssumptions(0.94, 0.04, 3), List.of()),
                new TrendReport(7, FROM, TO, new TrendSeries(null, null, null, List.of(
                        new TrendWeek("2026-W45", FROM, TO, 0, null, null, null, 0, null, null))), List.of()),
                new BeforeAfterReport(7, LocalDate.of(2026, 11, 3), 28, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 3), TO, new BeforeAfterRow(null, null, null, noMeans, noRates),
                        List.of(new BeforeAfterRow("RET-WEB-01", "Start", Channel.WEB, noMeans, noRates))),
                new KpiReport(7, FROM, TO, List.of()));
    }
}
