package io.blueprint.reports.policy.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV for spreadsheet programs: UTF-8 with a byte order mark (without it Excel reads Korean as
 * mojibake), CRLF line ends, and three comment lines starting with '#' before the header row: what
 * was asked for, the versions and their effective dates, and the checksum. A CSV reader told that
 * '#' starts a comment (commons-csv {@code setCommentMarker('#')}, pandas {@code comment='#'}) sees
 * only the header and one row per guarantee version. No data row can start with '#': the first
 * column is the guarantee code, which is upper-case letters, digits and hyphens.
 */
public final class CsvExporter implements GuaranteeExporter {

    public static final char COMMENT = '#';
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker(COMMENT)
            .setRecordSeparator("\r\n")
            .get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public byte[] write(GuaranteeExport export, ExportTexts texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            out.write(BYTE_ORDER_MARK);
            csv.printComment(texts.title(export.filter()) + " · " + texts.filters(export.filter()));
            csv.printComment(texts.versions(export));
            csv.printComment(texts.checksum(export));
            List<String> header = new ArrayList<>();
            for (ExportColumn column : ExportColumn.values()) {
                header.add(texts.text(column.headerKey()));
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
