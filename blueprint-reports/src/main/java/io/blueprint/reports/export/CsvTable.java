package io.blueprint.reports.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as CSV for spreadsheet programs and scripts: UTF-8 with a byte order mark (without it Excel reads
 * Korean as mojibake), CRLF line ends, a header row and the rows, nothing else, so any CSV reader reads it
 * with its defaults. Every cell, the header's too, goes through {@link FormulaGuard} and is quoted, so a
 * list separator other than the comma (';' in much of Europe) cannot split a cell either.
 */
public final class CsvTable {

    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n")
            .get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTable() {
    }

    /** The header and the rows as CSV bytes; a null cell is written empty. */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            out.write(BYTE_ORDER_MARK);
            csv.printRecord(guarded(header));
            for (List<?> row : rows) {
                csv.printRecord(guarded(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The spreadsheet columns of a report table, its rows in order. Figures are written for scripts, not readers: a
     * point as decimal separator, shares as fractions 0–1, six decimals at most, sums of money with their exact
     * digits, days as YYYY-MM-DD; what was not measured is an empty cell.
     */
    public static <T> byte[] write(ReportTable<T> table, Labels labels) {
        List<ReportColumn<T>> columns = table.columns().stream().filter(ReportColumn::inSheets).toList();
        List<String> header = columns.stream().map(c -> labels.text(c.headingKey())).toList();
        List<List<String>> rows = new ArrayList<>();
        for (T row : table.rows()) {
            rows.add(columns.stream().map(c -> plain(c.cellOf(row, labels))).toList());
        }
        return write(header, rows);
    }

    private static String plain(Object value) {
        if (value instanceof Double number) {
            return number.isNaN() ? "" : BigDecimal.valueOf(number).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value == null ? "" : value.toString();
    }

    private static List<String> guarded(List<?> cells) {
        return cells.stream().map(cell -> FormulaGuard.neutralise(cell == null ? "" : cell.toString())).toList();
    }
}
