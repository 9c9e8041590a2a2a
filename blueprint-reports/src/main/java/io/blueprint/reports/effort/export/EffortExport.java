package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.BeforeAfterReport;
import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.HotspotReport;
import io.blueprint.reports.effort.KpiReport;
import io.blueprint.reports.effort.TouchpointEffort;
import io.blueprint.reports.effort.TrendReport;
import io.blueprint.reports.export.ExportFormat;

import java.util.List;
import java.util.Locale;

/** What an export of a journey's effort report holds: the report and its hotspots, trend, before/after and KPIs. */
public record EffortExport(EffortReport effort, HotspotReport hotspots, TrendReport trends,
                           BeforeAfterReport beforeAfter, KpiReport kpis) {

    /**
     * "effort-report-RET-2026-11-01-2026-11-30.pdf": the part its touchpoint codes share before their first hyphen
     * (RET-CALL-01, RET-WEB-01 → RET), or "journey-12" when they share none, then the period.
     */
    public String fileName(ExportFormat format) {
        return "effort-report-" + journeyPart() + "-" + effort.from() + "-" + effort.to() + "." + format.extension();
    }

    private String journeyPart() {
        List<String> prefixes = effort.touchpoints().stream().map(TouchpointEffort::code)
                .map(code -> code.contains("-") ? code.substring(0, code.indexOf('-')) : code)
                .distinct().toList();
        if (prefixes.size() == 1 && prefixes.get(0).matches("[A-Za-z0-9]{1,20}")) {
            return prefixes.get(0).toUpperCase(Locale.ROOT);
        }
        return "journey-" + effort.journeyId();
    }

    /** Whether anything was measured in the period: an empty report has no figures to export. */
    public boolean hasData() {
        return effort.total().responses() > 0 || effort.total().contacts() > 0;
    }
}
