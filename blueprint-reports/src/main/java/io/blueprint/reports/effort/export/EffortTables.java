package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.BeforeAfterRow;
import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.EffortSubtotal;
import io.blueprint.reports.effort.Hotspot;
import io.blueprint.reports.effort.KpiAttainment;
import io.blueprint.reports.effort.TrendWeek;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.ReportColumn;
import io.blueprint.reports.export.ReportTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables of the effort export, in order: the touchpoints with stage subtotals and the journey total, the
 * hotspots, the journey's weekly trend, before/after and KPI attainment. Shares and rates are fractions 0–1
 * (shown as percentages); figures are unrounded in the cells.
 */
public final class EffortTables {

    private EffortTables() {
    }

    /** Every table of the export. */
    static List<ReportTable<?>> all(EffortExport export, Labels labels) {
        return List.of(touchpoints(export.effort(), labels), hotspots(export), weeks(export), beforeAfter(export), kpis(export));
    }

    /** The touchpoints in blueprint order, then each stage's subtotal and the journey total (in bold). */
    public static ReportTable<EffortRow> touchpoints(EffortReport effort, Labels labels) {
        List<EffortRow> rows = new ArrayList<>();
        effort.touchpoints().forEach(t -> rows.add(EffortRow.of(t)));
        Set<Integer> subtotals = new HashSet<>();
        for (EffortSubtotal stage : effort.stages()) {
            subtotals.add(rows.size());
            rows.add(EffortRow.of(stage, labels.text("report.export.stageSubtotal")));
        }
        subtotals.add(rows.size());
        rows.add(EffortRow.of(effort.total(), labels.text("report.export.journeyTotal")));
        return new ReportTable<>("report.effort.table", "report.export.sheet.touchpoints", TOUCHPOINT_COLUMNS, rows, subtotals);
    }

    static final List<ReportColumn<EffortRow>> TOUCHPOINT_COLUMNS = List.of(
            ReportColumn.text("report.col.touchpoint", (r, l) -> r.code()),
            ReportColumn.text("report.export.col.step", (r, l) -> r.title()),
            ReportColumn.text("report.col.stage", (r, l) -> r.stage()),
            ReportColumn.<EffortRow>text("report.export.col.channel", (r, l) -> r.channel() == null ? null : l.name(r.channel())).notInPdf(),
            ReportColumn.decimal("report.export.col.targetCes", 1, (r, l) -> r.plan().targetCes()),
            ReportColumn.whole("report.col.responses", (r, l) -> r.responses()),
            ReportColumn.decimal("report.export.col.cesMean", 2, (r, l) -> r.cesMean()),
            ReportColumn.decimal("report.export.col.ciLow", 2, (r, l) -> r.cesCiLow()),
            ReportColumn.decimal("report.export.col.ciHigh", 2, (r, l) -> r.cesCiHigh()),
            ReportColumn.decimal("report.export.col.gapCes", 2, (r, l) -> r.gaps().ces()),
            ReportColumn.text("report.col.status", (r, l) -> r.status() == null ? null : l.text("report.status." + r.status().name())),
            ReportColumn.percent("report.export.col.lowEffort", (r, l) -> r.lowEffortShare()),
            ReportColumn.percent("report.export.col.highEffort", (r, l) -> r.highEffortShare()),
            ReportColumn.whole("report.col.contacts", (r, l) -> r.contacts()),
            ReportColumn.<EffortRow>whole("report.export.col.waitP50", (r, l) -> r.waitP50()).notInPdf(),
            ReportColumn.whole("report.col.p90", (r, l) -> r.waitP90()),
            ReportColumn.<EffortRow>whole("report.export.col.maxWait", (r, l) -> r.plan().maxWaitSeconds()).notInPdf(),
            ReportColumn.<EffortRow>decimal("report.export.col.gapWait", 0, (r, l) -> r.gaps().waitP90()).notInPdf(),
            ReportColumn.decimal("report.col.transfers", 2, (r, l) -> r.transfersMean()),
            ReportColumn.<EffortRow>whole("report.export.col.maxHandoffs", (r, l) -> r.plan().maxHandoffs()).notInPdf(),
            ReportColumn.<EffortRow>decimal("report.export.col.gapTransfers", 2, (r, l) -> r.gaps().transfers()).notInPdf(),
            ReportColumn.percent("report.col.fcr", (r, l) -> r.fcrRate()),
            ReportColumn.<EffortRow>percent("report.export.col.targetFcr",
                    (r, l) -> r.plan().targetFcrPercent() == null ? null : r.plan().targetFcrPercent() / 100.0).notInPdf(),
            ReportColumn.<EffortRow>percent("report.export.col.gapFcr", (r, l) -> r.gaps().fcr()).notInPdf(),
            ReportColumn.percent("report.col.repeat", (r, l) -> r.repeatRate()),
            ReportColumn.<EffortRow>percent("report.col.switch", (r, l) -> r.channelSwitchRate()).notInPdf());

    /** The hotspots, largest weighted gap first. */
    static ReportTable<Hotspot> hotspots(EffortExport export) {
        return new ReportTable<>("report.hotspots", "report.export.sheet.hotspots", HOTSPOT_COLUMNS,
                export.hotspots().hotspots(), Set.of());
    }

    static final List<ReportColumn<Hotspot>> HOTSPOT_COLUMNS = List.of(
            ReportColumn.text("report.col.touchpoint", (h, l) -> h.code()),
            ReportColumn.text("report.export.col.step", (h, l) -> h.stepTitle()),
            ReportColumn.text("report.col.stage", (h, l) -> h.stage()),
            ReportColumn.<Hotspot>text("report.export.col.channel", (h, l) -> l.name(h.channel())).notInPdf(),
            ReportColumn.decimal("report.export.col.targetCes", 1, (h, l) -> h.targetCes()),
            ReportColumn.whole("report.col.responses", (h, l) -> h.responses()),
            ReportColumn.decimal("report.export.col.cesMean", 2, (h, l) -> h.cesMean()),
            ReportColumn.percent("report.export.col.highEffort", (h, l) -> h.highEffortShare()),
            ReportColumn.whole("report.col.contacts", (h, l) -> h.contacts()),
            ReportColumn.decimal("report.export.col.effortGap", 2, (h, l) -> h.effortGap()),
            ReportColumn.decimal("report.col.weightedGap", 1, (h, l) -> h.weightedGap()),
            ReportColumn.decimal("report.col.reached", 0, (h, l) -> h.customersReached()),
            ReportColumn.decimal("report.col.atRisk", 1, (h, l) -> h.customersAtRisk()),
            ReportColumn.decimal("report.col.lost", 1, (h, l) -> h.repurchasesLost()),
            ReportColumn.text("report.col.status", (h, l) -> l.text("report.status." + h.status().name())));

    /** The journey's weeks (all its touchpoints merged). */
    static ReportTable<TrendWeek> weeks(EffortExport export) {
        return new ReportTable<>("report.trends", "report.export.sheet.trend", WEEK_COLUMNS,
                export.trends().journey().weeks(), Set.of());
    }

    static final List<ReportColumn<TrendWeek>> WEEK_COLUMNS = List.of(
            ReportColumn.text("report.col.week", (w, l) -> w.week()),
            ReportColumn.date("report.export.col.firstDay", (w, l) -> w.firstDay()),
            ReportColumn.date("report.export.col.lastDay", (w, l) -> w.lastDay()),
            ReportColumn.whole("report.col.responses", (w, l) -> w.responses()),
            ReportColumn.decimal("report.export.col.cesMean", 2, (w, l) -> w.cesMean()),
            ReportColumn.decimal("report.export.col.ciLow", 2, (w, l) -> w.cesCiLow()),
            ReportColumn.decimal("report.export.col.ciHigh", 2, (w, l) -> w.cesCiHigh()),
            ReportColumn.whole("report.col.contacts", (w, l) -> w.contacts()),
            ReportColumn.percent("report.col.repeat", (w, l) -> w.repeatRate()),
            ReportColumn.whole("report.col.p90", (w, l) -> w.waitP90()));

    /** The journey first, then every touchpoint. */
    static ReportTable<BeforeAfterRow> beforeAfter(EffortExport export) {
        List<BeforeAfterRow> rows = new ArrayList<>();
        rows.add(export.beforeAfter().journey());
        rows.addAll(export.beforeAfter().touchpoints());
        return new ReportTable<>("report.beforeAfter", "report.export.sheet.beforeAfter", BEFORE_AFTER_COLUMNS, rows, Set.of(0));
    }

    static final List<ReportColumn<BeforeAfterRow>> BEFORE_AFTER_COLUMNS = List.of(
            ReportColumn.text("report.col.touchpoint", (b, l) -> b.code() == null ? l.text("report.total") : b.code()),
            ReportColumn.<BeforeAfterRow>text("report.col.stage", (b, l) -> b.stage()).notInPdf(),
            ReportColumn.whole("report.export.col.responsesBefore", (b, l) -> b.ces().beforeResponses()),
            ReportColumn.decimal("report.col.cesBefore", 2, (b, l) -> b.ces().beforeMean()),
            ReportColumn.whole("report.export.col.responsesAfter", (b, l) -> b.ces().afterResponses()),
            ReportColumn.decimal("report.col.cesAfter", 2, (b, l) -> b.ces().afterMean()),
            ReportColumn.decimal("report.col.difference", 2, (b, l) -> b.ces().difference()),
            ReportColumn.<BeforeAfterRow>decimal("report.export.col.t", 2, (b, l) -> b.ces().t()).notInPdf(),
            ReportColumn.<BeforeAfterRow>decimal("report.export.col.df", 1, (b, l) -> b.ces().degreesOfFreedom()).notInPdf(),
            ReportColumn.pValue("report.col.pWelch", (b, l) -> b.ces().pValue()),
            ReportColumn.text("report.export.col.significant", (b, l) -> yesNo(b.ces().significant(), l)),
            ReportColumn.<BeforeAfterRow>whole("report.export.col.contactsBefore", (b, l) -> b.repeatRate().beforeContacts()).notInPdf(),
            ReportColumn.percent("report.col.repeatBefore", (b, l) -> b.repeatRate().beforeRate()),
            ReportColumn.<BeforeAfterRow>whole("report.export.col.contactsAfter", (b, l) -> b.repeatRate().afterContacts()).notInPdf(),
            ReportColumn.percent("report.col.repeatAfter", (b, l) -> b.repeatRate().afterRate()),
            ReportColumn.percent("report.export.col.repeatDifference", (b, l) -> b.repeatRate().difference()),
            ReportColumn.<BeforeAfterRow>decimal("report.export.col.z", 2, (b, l) -> b.repeatRate().z()).notInPdf(),
            ReportColumn.pValue("report.col.pZ", (b, l) -> b.repeatRate().pValue()),
            ReportColumn.text("report.export.col.significant", (b, l) -> yesNo(b.repeatRate().significant(), l)));

    /** Every KPI of the journey's touchpoints. */
    static ReportTable<KpiAttainment> kpis(EffortExport export) {
        return new ReportTable<>("report.kpis", "report.export.sheet.kpis", KPI_COLUMNS, export.kpis().kpis(), Set.of());
    }

    static final List<ReportColumn<KpiAttainment>> KPI_COLUMNS = List.of(
            ReportColumn.text("report.col.touchpoint", (k, l) -> k.touchpointCode()),
            ReportColumn.text("report.col.stage", (k, l) -> k.stage()),
            ReportColumn.text("report.col.metric", (k, l) -> l.text("kpi.metric." + k.metric().name())),
            ReportColumn.decimal("report.export.col.kpiTarget", 2, (k, l) -> k.target()),
            ReportColumn.text("report.export.col.unit", (k, l) -> k.unit()),
            ReportColumn.text("report.export.col.direction", (k, l) -> l.text("kpi.direction." + k.direction().name())),
            ReportColumn.decimal("report.col.measured", 2, (k, l) -> k.measured()),
            ReportColumn.whole("report.col.sample", (k, l) -> k.sample()),
            ReportColumn.text("report.col.outcome", (k, l) -> l.text("report.outcome." + k.outcome().name())));

    private static String yesNo(boolean significant, Labels labels) {
        return labels.text(significant ? "report.export.yes" : "report.export.no");
    }
}
