package io.blueprint.reports.outcome.export;

import io.blueprint.reports.export.ReportTable;
import io.blueprint.reports.export.XlsxFile;
import io.blueprint.reports.export.XlsxSheets;
import io.blueprint.reports.export.XlsxStyles;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.policy.wording.PolicyLabels;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static io.blueprint.reports.export.XlsxSheets.day;
import static io.blueprint.reports.export.XlsxSheets.figure;
import static io.blueprint.reports.export.XlsxSheets.pair;

/**
 * The guarantee outcome report as a workbook: Guarantees (one row per guarantee over the period), Months (one row per
 * guarantee and month, ready for a pivot table or a chart), Refund rules (the cost under each rule) and About (the
 * period, the service, the claim rate and what the figures mean). Each sheet's bold header row stays in view; cells
 * are typed: whole numbers, rates as fractions with a % format, sums of money with their currency beside them; a
 * guarantee that cannot be measured has empty figures and its reason.
 */
final class OutcomeXlsxExporter {

    byte[] write(GuaranteeOutcomeReport report, PolicyLabels labels) {
        OutcomeWording words = new OutcomeWording(labels);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            for (ReportTable<?> table : List.of(OutcomeTables.guarantees(report, words), OutcomeTables.months(report, words),
                    OutcomeTables.rules(report))) {
                XlsxSheets.table(workbook.createSheet(labels.text(table.sheetKey())), table, labels, styles);
            }
            about(workbook.createSheet(labels.text("outcomes.sheet.about")), report, words, styles);
            return XlsxFile.bytes(workbook, words.title(report), report.to());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void about(Sheet sheet, GuaranteeOutcomeReport report, OutcomeWording words, XlsxStyles styles) {
        PolicyLabels labels = words.labels();
        sheet.setColumnWidth(0, 256 * 30);
        sheet.setColumnWidth(1, 256 * 70);
        int r = 0;
        r = pair(sheet, r, labels.text("guaranteeReport.service"), words.service(report), styles);
        r = day(sheet, r, labels.text("guaranteeReport.from"), report.from(), styles);
        r = day(sheet, r, labels.text("guaranteeReport.export.lastDay"), report.to(), styles);
        r = figure(sheet, r, labels.text("guaranteeReport.export.claimRate"), report.claimRate().doubleValue(),
                styles.percent, styles);
        r = pair(sheet, r, labels.text("guaranteeReport.export.costs"), words.claimRate(report.claimRate()), styles);
        r = pair(sheet, r, labels.text("guaranteeReport.col.breachRate"), labels.text("guaranteeReport.breachRateNote"), styles);
        r = pair(sheet, r, labels.text("guaranteeReport.col.customersOwed"), labels.text("guaranteeReport.export.customersNote"),
                styles);
        r = pair(sheet, r, labels.text("guaranteeReport.col.unpriced"), labels.text("guaranteeReport.export.unpricedNote"),
                styles);
        if (!report.hasData()) {
            pair(sheet, r, labels.text("guaranteeReport.export.nothing"), words.emptyText(report), styles);
        }
    }
}
