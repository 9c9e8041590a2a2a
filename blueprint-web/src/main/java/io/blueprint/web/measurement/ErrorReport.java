package io.blueprint.web.measurement;

import io.blueprint.measurement.ImportRecords;
import io.blueprint.reports.export.FormulaGuard;
import io.blueprint.web.i18n.Messages;
import io.blueprint.reports.export.CsvTable;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An import's error report as CSV: UTF-8 with a byte order mark (so that spreadsheet programs read
 * Korean right), a header, one line per problem with the file's line, the column, the value as read
 * and the reason in the reader's language. Every cell is quoted and guarded against formulas.
 */
public final class ErrorReport {

    private ErrorReport() {
    }

    public static void write(ImportRecords records, long importId, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CsvTable.FORMAT);
        csv.printRecord(cell(Messages.format(locale, "import.report.line")), cell(Messages.format(locale, "import.report.column")),
                cell(Messages.format(locale, "import.report.value")), cell(Messages.format(locale, "import.report.reason")));
        try {
            records.problems(importId, problem -> {
                try {
                    csv.printRecord(problem.line(), cell(problem.column()), cell(problem.value()),
                            cell(Messages.format(locale, problem.reason(), problem.arguments().toArray())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static String cell(String text) {
        return FormulaGuard.neutralise(text);
    }
}
