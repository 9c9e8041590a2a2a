package io.blueprint.reports.effort.export;

import io.blueprint.reports.export.Labels;

import java.util.function.BiFunction;

/**
 * A column of an exported report table: its heading's message key, what kind of figure it holds, and its value for
 * one row. The XLSX writes the value as a typed cell, the CSV as plain digits, the PDF in the reader's words; a
 * column that is too much for a printed page is left out of the PDF.
 *
 * @param digits decimals shown for a {@link Kind#DECIMAL} (the cell keeps the whole value)
 * @param value  the value: a String, a Number (a fraction 0–1 for {@link Kind#PERCENT}), a LocalDate, or null
 */
public record ReportColumn<T>(String headingKey, Kind kind, int digits, boolean inPdf, BiFunction<T, Labels, Object> value) {

    /** What a column holds. */
    public enum Kind {
        TEXT, WHOLE, DECIMAL, PERCENT, DATE, P_VALUE
    }

    static <T> ReportColumn<T> text(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.TEXT, 0, true, value);
    }

    static <T> ReportColumn<T> whole(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.WHOLE, 0, true, value);
    }

    static <T> ReportColumn<T> decimal(String key, int digits, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.DECIMAL, digits, true, value);
    }

    static <T> ReportColumn<T> percent(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.PERCENT, 0, true, value);
    }

    static <T> ReportColumn<T> pValue(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.P_VALUE, 3, true, value);
    }

    static <T> ReportColumn<T> date(String key, BiFunction<T, Labels, Object> value) {
        return new ReportColumn<>(key, Kind.DATE, 0, true, value);
    }

    /** The same column, in the spreadsheet files only. */
    ReportColumn<T> notInPdf() {
        return new ReportColumn<>(headingKey, kind, digits, false, value);
    }

    public Object valueOf(T row, Labels labels) {
        return value.apply(row, labels);
    }

    /** Figures are aligned to the right in the PDF. */
    boolean isFigure() {
        return kind != Kind.TEXT;
    }
}
