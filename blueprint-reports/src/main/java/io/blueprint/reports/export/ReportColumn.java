package io.blueprint.reports.export;

import java.math.BigDecimal;
import java.util.function.BiFunction;

/**
 * A column of an exported report table: its heading's message key, what kind of figure it holds, and its value for
 * one row. The XLSX writes the value as a typed cell, the CSV as plain digits, the PDF in the reader's words; a
 * column that is too much for a printed page is left out of the PDF, and one that words for print what other columns
 * hold as figures is left out of the spreadsheet files.
 *
 * @param digits   decimals shown for a {@link Kind#DECIMAL} (the cell keeps the whole value)
 * @param inPdf    whether the PDF shows the column
 * @param inSheets whether the XLSX and the CSV hold the column
 * @param value    the value: a String, a Number (a fraction 0–1 for {@link Kind#PERCENT}, a BigDecimal for
 *                 {@link Kind#AMOUNT}), a LocalDate, or null
 */
public record ReportColumn<T>(String headingKey, Kind kind, int digits, boolean inPdf, boolean inSheets,
                              BiFunction<T, Labels, Object> value) {

    /** What a column holds. */
    public enum Kind {
        TEXT, WHOLE, DECIMAL, PERCENT, DATE, P_VALUE,
        /** A sum of money with its currency's decimals (the currency is in a column of its own). */
        AMOUNT
    }

    public static <T> ReportColumn<T> text(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.TEXT, 0, true, true, value);
    }

    public static <T> ReportColumn<T> whole(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.WHOLE, 0, true, true, value);
    }

    public static <T> ReportColumn<T> decimal(String key, int digits, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.DECIMAL, digits, true, true, value);
    }

    public static <T> ReportColumn<T> percent(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.PERCENT, 0, true, true, value);
    }

    public static <T> ReportColumn<T> pValue(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.P_VALUE, 3, true, true, value);
    }

    public static <T> ReportColumn<T> date(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.DATE, 0, true, true, value);
    }

    public static <T> ReportColumn<T> amount(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.AMOUNT, 0, true, true, value);
    }

    /** The same column, in the spreadsheet files only. */
    public ReportColumn<T> notInPdf() {
        return new ReportColumn<>(headingKey, kind, digits, false, true, value);
    }

    /** The same column, in the PDF only: what other columns hold as figures, worded for print. */
    public ReportColumn<T> onlyInPdf() {
        return new ReportColumn<>(headingKey, kind, digits, true, false, value);
    }

    public Object valueOf(T row, Labels labels) {
        return value.apply(row, labels);
    }

    /**
     * The value as a cell holds it: a BigDecimal as a Double, except a sum of money, which keeps its exact digits;
     * other values as they are.
     */
    public Object cellOf(T row, Labels labels) {
        Object cell = valueOf(row, labels);
        return cell instanceof BigDecimal decimal && kind != Kind.AMOUNT ? decimal.doubleValue() : cell;
    }

    /** Figures are aligned to the right in the PDF. */
    public boolean isFigure() {
        return kind != Kind.TEXT;
    }
}
