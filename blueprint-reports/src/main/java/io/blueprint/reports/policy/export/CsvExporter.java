package io.blueprint.reports.policy.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV for spreadsheet programs and scripts: UTF-8 with a byte order mark (without it Excel reads
 * Korean as mojibake), CRLF line ends, a header row and one row per guarantee version, nothing else,
 * so any CSV reader reads it with its defaults. What a file of another format says about the export
 * (as-of date, versions, checksum) travels in the response headers: a comment line is no comment to a
 * spreadsheet, which would split it at its commas into cells that can start a formula. Every cell,
 * the header's too, goes through {@link FormulaGuard} and is quoted, so a list separator other than
 * the comma (';' in much of Europe) cannot split a cell either.
 */
public final class CsvExporter implements GuaranteeExporter {

    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n")
            .get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public byte[] write(GuaranteeExport export, ExportTexts texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            out.write(BYTE_ORDER_MARK);
            List<String> header = new ArrayList<>();
            for (ExportColumn column : ExportColumn.values()) {
                header.add(FormulaGuard.neutralise(texts.text(column.headerKey())));
            }
            csv.printRecord(header);
            for (ExportedGuarantee guarantee : export.guarantees()) {
                List<String> row = new ArrayList<>();
                for (ExportColumn column : ExportColumn.values()) {
                    Object value = column.value(texts, guarantee);
                    row.add(FormulaGuard.neutralise(value == null ? "" : value.toString()));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
