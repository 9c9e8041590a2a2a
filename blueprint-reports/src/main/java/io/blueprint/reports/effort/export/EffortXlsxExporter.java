package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.LoyaltyAssumptions;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.ReportTable;
import io.blueprint.reports.export.XlsxFile;
import io.blueprint.reports.export.XlsxSheets;
import io.blueprint.reports.export.XlsxStyles;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;

import static io.blueprint.reports.export.XlsxSheets.day;
import static io.blueprint.reports.export.XlsxSheets.figure;
import static io.blueprint.reports.export.XlsxSheets.pair;
import static io.blueprint.reports.export.XlsxSheets.text;

/**
 * The effort report as a workbook: a sheet per part (touchpoints with subtotals, hotspots with the loyalty
 * assumptions under them, the weekly trend, before/after, KPIs) and an "About" sheet with the journey, the period,
 * how CES is normalised and the before/after periods. Each sheet has a bold header row that stays in view. Cells
 * are typed: whole numbers, unrounded decimals, percentages as fractions with a % format, days; never formulas.
 */
final class EffortXlsxExporter {

    byte[] write(EffortExport export, Labels labels) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            for (ReportTable<?> table : EffortTables.all(export, labels)) {
                Sheet sheet = workbook.createSheet(labels.text(table.sheetKey()));
                int next = XlsxSheets.table(sheet, table, labels, styles);
                if (table.sheetKey().equals("report.export.sheet.hotspots")) {
                    assumptions(sheet, next + 1, export.hotspots().assumptions(), labels, styles);
                }
            }
            about(workbook.createSheet(labels.text("report.export.sheet.about")), export, labels, styles);
            EffortReport effort = export.effort();
            return XlsxFile.bytes(workbook, EffortPdfExporter.title(effort, labels), effort.to());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assumptions(Sheet sheet, int r, LoyaltyAssumptions assumptions, Labels labels, XlsxStyles styles) {
        text(sheet.createRow(r++).createCell(0), labels.text("report.export.assumptions"), styles.header);
        r = figure(sheet, r, labels.text("report.export.lowEffortRepurchase"), assumptions.lowEffortRepurchaseRate(),
                styles.percent, styles);
        r = figure(sheet, r, labels.text("report.export.highEffortRepurchase"), assumptions.highEffortRepurchaseRate(),
                styles.percent, styles);
        figure(sheet, r, labels.text("report.export.highEffortAtMost"), assumptions.highEffortAtMost(), styles.decimal, styles);
    }

    private static void about(Sheet sheet, EffortExport export, Labels labels, XlsxStyles styles) {
        sheet.setColumnWidth(0, 256 * 30);
        sheet.setColumnWidth(1, 256 * 60);
        EffortReport effort = export.effort();
        var beforeAfter = export.beforeAfter();
        int r = 0;
        r = pair(sheet, r, labels.text("report.journey"), effort.journeyName(), styles);
        r = day(sheet, r, labels.text("report.from"), effort.from(), styles);
        r = day(sheet, r, labels.text("report.export.lastDay"), effort.to(), styles);
        r = pair(sheet, r, labels.text("report.export.normalisation"), labels.text("report.effort.normalisation"), styles);
        r = figure(sheet, r, labels.text("report.export.minimumResponses"), effort.minimumResponses(), styles.whole, styles);
        r = pair(sheet, r, labels.text("report.beforeAfter"), labels.text("report.beforeAfter.periods", beforeAfter.beforeFrom(),
                beforeAfter.beforeTo(), beforeAfter.afterFrom(), beforeAfter.afterTo()), styles);
        pair(sheet, r, labels.text("report.export.shares"), labels.text("report.export.sharesNote"), styles);
    }
}
