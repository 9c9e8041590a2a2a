package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.LoyaltyAssumptions;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.PdfFile;
import io.blueprint.reports.export.PdfFonts;
import io.blueprint.reports.export.PdfPages;
import io.blueprint.reports.export.PdfTables;
import io.blueprint.reports.export.ReportFigures;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The effort report as a landscape A4 document to print or send: the touchpoint table with stage subtotals and the
 * journey total, the chart of mean CES with its interval against each target, the hotspots with their loyalty
 * assumptions, the journey's weekly trend as a chart and a table, before/after and KPI attainment; page numbers in
 * the footer. Korean is drawn with the embedded font. The same report gives the same bytes: the creation date is
 * the period's last day and the document ID is derived from the report.
 */
final class EffortPdfExporter {

    private static final float TITLE = 16;
    private static final float HEADING = 12;
    private static final float BODY = 9;
    private static final float TABLE = 7;
    private static final float SMALL = 7;
    private static final float CHART_HEIGHT = 230;
    private static final float SECTION_ROOM = 90;

    /** "Effort report · Return a damaged item · 2026-11-01 – 2026-11-30". */
    static String title(EffortReport effort, Labels labels) {
        return labels.text("report.export.title", effort.journeyName(), effort.from().toString(), effort.to().toString());
    }

    byte[] write(EffortExport export, Labels labels) {
        EffortReport effort = export.effort();
        ReportFigures figures = new ReportFigures(labels.locale());
        String title = title(effort, labels);
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            PdfFile.describe(document, title, labels.text("export.pdf.language"), effort.to(), export.toString());
            PdfPages pages = new PdfPages(document, fonts, PdfPages.LANDSCAPE_A4);
            pages.heading(title, TITLE, 0);
            pages.space(4);
            pages.paragraph(labels.text("report.effort.normalisation") + " "
                    + labels.text("report.export.minimumResponsesNote", effort.minimumResponses()), SMALL);
            if (!export.hasData()) {
                pages.space(6);
                pages.paragraph(labels.text("report.empty.data", effort.journeyName(), effort.from(), effort.to()), BODY);
            }

            section(pages, labels.text("report.effort.table"));
            PdfTables.table(pages, EffortTables.touchpoints(effort, labels), labels, figures, TABLE);
            pages.keepRoom(CHART_HEIGHT + 2 * HEADING);
            section(pages, labels.text("report.chart.cesTitle"));
            pages.drawing(CHART_HEIGHT, (c, f, x, y, w, h) -> PdfCharts.ces(c, f, x, y, w, h, effort.touchpoints(), labels));

            section(pages, labels.text("report.hotspots"));
            LoyaltyAssumptions assumptions = export.hotspots().assumptions();
            pages.paragraph(labels.text("report.hotspots.assumptions", figures.percent(assumptions.lowEffortRepurchaseRate()),
                    figures.percent(assumptions.highEffortRepurchaseRate()), figures.number(assumptions.highEffortAtMost(), 0)), SMALL);
            pages.space(3);
            if (export.hotspots().hotspots().isEmpty()) {
                pages.paragraph(labels.text("report.hotspots.none"), BODY);
            } else {
                PdfTables.table(pages, EffortTables.hotspots(export), labels, figures, TABLE);
            }

            pages.keepRoom(CHART_HEIGHT + 2 * HEADING);
            section(pages, labels.text("report.trends") + " · " + labels.text("report.trends.journey"));
            pages.drawing(CHART_HEIGHT, (c, f, x, y, w, h) -> PdfCharts.trend(c, f, x, y, w, h,
                    export.trends().journey().weeks(), labels));
            PdfTables.table(pages, EffortTables.weeks(export), labels, figures, TABLE);

            var beforeAfter = export.beforeAfter();
            section(pages, labels.text("report.beforeAfter"));
            pages.paragraph(labels.text("report.beforeAfter.periods", beforeAfter.beforeFrom(), beforeAfter.beforeTo(),
                    beforeAfter.afterFrom(), beforeAfter.afterTo()), SMALL);
            pages.space(3);
            PdfTables.table(pages, EffortTables.beforeAfter(export), labels, figures, TABLE);

            section(pages, labels.text("report.kpis"));
            if (export.kpis().kpis().isEmpty()) {
                pages.paragraph(labels.text("report.kpis.none"), BODY);
            } else {
                PdfTables.table(pages, EffortTables.kpis(export), labels, figures, TABLE);
            }
            pages.finish((page, count) -> labels.text("report.export.footer", effort.journeyName(), effort.from().toString(),
                    effort.to().toString(), String.valueOf(page), String.valueOf(count)), SMALL);
            return PdfFile.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A section's heading, on the next page when too little of this one is left for it and a few rows. */
    private static void section(PdfPages pages, String heading) throws IOException {
        pages.keepRoom(SECTION_ROOM);
        pages.heading(heading, HEADING, 12);
    }
}
