package io.blueprint.reports.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the sheets of the report workbooks: a report table with its bold header row kept in view and typed cells
 * (whole numbers, unrounded decimals, fractions with a % format, sums of money, days; never formulas), and the
 * label–value rows of an About sheet.
 */
public final class XlsxSheets {

    private static final int TEXT_WIDTH = 22;
    private static final int FIGURE_WIDTH = 13;

    private XlsxSheets() {
    }

    /** Writes the table's spreadsheet columns from the sheet's first row; answers the index of the first row after it. */
    public static <T> int table(Sheet sheet, ReportTable<T> table, Labels labels, XlsxStyles styles) {
        List<ReportColumn<T>> columns = table.columns().stream().filter(ReportColumn::inSheets).toList();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            ReportColumn<T> column = columns.get(i);
            text(header.createCell(i), labels.text(column.headingKey()), styles.header);
            sheet.setColumnWidth(i, 256 * (column.isFigure() ? FIGURE_WIDTH : TEXT_WIDTH));
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (T item : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                ReportColumn<T> column = columns.get(i);
                cell(row.createCell(i), column.kind(), column.cellOf(item, labels), styles);
            }
        }
        return r;
    }

    private static void cell(Cell cell, ReportColumn.Kind kind, Object value, XlsxStyles styles) {
        if (value == null || value instanceof Double number && number.isNaN()) {
            cell.setBlank();
            cell.setCellStyle(styles.top);
        } else if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(amount.stripTrailingZeros().scale() <= 0 ? styles.whole : styles.money);
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

    /** A row of a label in bold and a text beside it; answers the next row's index. */
    public static int pair(Sheet sheet, int r, String label, String value, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), label, styles.header);
        text(row.createCell(1), value, styles.wrapped);
        return r + 1;
    }

    /** A row of a label in bold and a day beside it. */
    public static int day(Sheet sheet, int r, String label, LocalDate value, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), label, styles.header);
        row.createCell(1).setCellValue(value);
        row.getCell(1).setCellStyle(styles.date);
        return r + 1;
    }

    /** A row of a label in bold and a number beside it in {@code style}. */
    public static int figure(Sheet sheet, int r, String label, double value, CellStyle style, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), label, styles.header);
        row.createCell(1).setCellValue(value);
        row.getCell(1).setCellStyle(style);
        return r + 1;
    }

    /** A text cell in {@code style}. */
    public static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
