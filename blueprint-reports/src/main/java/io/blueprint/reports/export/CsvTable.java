package io.blueprint.reports.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    private static List<String> guarded(List<?> cells) {
        return cells.stream().map(cell -> FormulaGuard.neutralise(cell == null ? "" : cell.toString())).toList();
    }
}
