package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.LoyaltyAssumptions;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.XlsxFile;
import io.blueprint.reports.export.XlsxStyles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The effort report as a workbook: a sheet per part (touchpoints with subtotals, hotspots with the loyalty
 * assumptions under them, the weekly trend, before/after, KPIs) and an "About" sheet with the journey, the period,
 * how CES is normalised and the before/after periods. Each sheet has a bold header row that stays in view. Cells
 * are typed: whole numbers, unrounded decimals, percentages as fractions with a % format, days; never formulas.
 */
final class EffortXlsxExporter {

    private static final int TEXT_WIDTH = 22;
    private static final int FIGURE_WIDTH = 13;

    byte[] write(EffortExport export, Labels labels) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            for (ReportTable<?> table : EffortTables.all(export, labels)) {
                Sheet sheet = workbook.createSheet(labels.text(table.sheetKey()));
                int next = table(sheet, table, labels, styles);
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

    /** Writes the header and the rows; answers the index of the first row after them. */
    private static <T> int table(Sheet sheet, ReportTable<T> table, Labels labels, XlsxStyles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
            ReportColumn<T> column = table.columns().get(i);
            text(header.createCell(i), labels.text(column.headingKey()), styles.header);
            sheet.setColumnWidth(i, 256 * (column.isFigure() ? FIGURE_WIDTH : TEXT_WIDTH));
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (T item : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < table.columns().size(); i++) {
                ReportColumn<T> column = table.columns().get(i);
                cell(row.createCell(i), column.kind(), EffortTables.plain(column.valueOf(item, labels)), styles);
            }
        }
        return r;
    }

    private static void cell(Cell cell, ReportColumn.Kind kind, Object value, XlsxStyles styles) {
        if (value == null || value instanceof Double number && number.isNaN()) {
            cell.setBlank();
            cell.setCellStyle(styles.top);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(switch (kind) {
                case PERCENT -> styles.percent;
                case DECIMAL -> styles.decimal;
                case P_VALUE -> styles.precise;
                default -> styles.whole;
            });
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
        } else {
            text(cell, value.toString(), styles.top);
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

    private static int pair(Sheet sheet, int r, String label, String value, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), label, styles.header);
        text(row.createCell(1), value, styles.wrapped);
        return r + 1;
    }

    private static int day(Sheet sheet, int r, String label, LocalDate value, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), label, styles.header);
        row.createCell(1).setCellValue(value);
        row.getCell(1).setCellStyle(styles.date);
        return r + 1;
    }

    private static int figure(Sheet sheet, int r, String label, double value, CellStyle style, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), label, styles.header);
        row.createCell(1).setCellValue(value);
        row.getCell(1).setCellStyle(style);
        return r + 1;
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
