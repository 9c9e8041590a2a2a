package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.LoyaltyAssumptions;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.ReportFigures;
import io.blueprint.reports.export.ReportPdf;

/**
 * The effort report as a landscape A4 document to print or send ({@link ReportPdf}): the touchpoint table with stage
 * subtotals and the journey total, the chart of mean CES with its interval against each target, the hotspots with
 * their loyalty assumptions, the journey's weekly trend as a chart and a table, before/after and KPI attainment.
 * The creation date is the period's last day and the document ID is derived from the report.
 */
final class EffortPdfExporter {

    /** "Effort report · Return a damaged item · 2026-11-01 – 2026-11-30". */
    static String title(EffortReport effort, Labels labels) {
        return labels.text("report.export.title", effort.journeyName(), effort.from().toString(), effort.to().toString());
    }

    byte[] write(EffortExport export, Labels labels) {
        EffortReport effort = export.effort();
        ReportFigures figures = new ReportFigures(labels.locale());
        return ReportPdf.write(title(effort, labels), labels, effort.to(), export.toString(), (page, count) -> labels.text(
                "report.export.footer", effort.journeyName(), effort.from().toString(), effort.to().toString(),
                String.valueOf(page), String.valueOf(count)), pdf -> {
            pdf.note(labels.text("report.effort.normalisation") + " "
                    + labels.text("report.export.minimumResponsesNote", effort.minimumResponses()));
            if (!export.hasData()) {
                pdf.space(6);
                pdf.paragraph(labels.text("report.empty.data", effort.journeyName(), effort.from(), effort.to()));
            }

            pdf.section(labels.text("report.effort.table"));
            pdf.table(EffortTables.touchpoints(effort, labels));
            pdf.chart(labels.text("report.chart.cesTitle"),
                    (c, f, x, y, w, h) -> PdfCharts.ces(c, f, x, y, w, h, effort.touchpoints(), labels));

            pdf.section(labels.text("report.hotspots"));
            LoyaltyAssumptions assumptions = export.hotspots().assumptions();
            pdf.note(labels.text("report.hotspots.assumptions", figures.percent(assumptions.lowEffortRepurchaseRate()),
                    figures.percent(assumptions.highEffortRepurchaseRate()), figures.number(assumptions.highEffortAtMost(), 0)));
            pdf.space(3);
            if (export.hotspots().hotspots().isEmpty()) {
                pdf.paragraph(labels.text("report.hotspots.none"));
            } else {
                pdf.table(EffortTables.hotspots(export));
            }

            pdf.chart(labels.text("report.trends") + " · " + labels.text("report.trends.journey"),
                    (c, f, x, y, w, h) -> PdfCharts.trend(c, f, x, y, w, h, export.trends().journey().weeks(), labels));
            pdf.table(EffortTables.weeks(export));

            var beforeAfter = export.beforeAfter();
            pdf.section(labels.text("report.beforeAfter"));
            pdf.note(labels.text("report.beforeAfter.periods", beforeAfter.beforeFrom(), beforeAfter.beforeTo(),
                    beforeAfter.afterFrom(), beforeAfter.afterTo()));
            pdf.space(3);
            pdf.table(EffortTables.beforeAfter(export));

            pdf.section(labels.text("report.kpis"));
            if (export.kpis().kpis().isEmpty()) {
                pdf.paragraph(labels.text("report.kpis.none"));
            } else {
                pdf.table(EffortTables.kpis(export));
            }
        });
    }
}
