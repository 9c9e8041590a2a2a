package io.blueprint.reports.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the CSV tests read back: the records after the byte order mark, as any CSV reader reads them. */
public final class CsvReading {

    private CsvReading() {
    }

    public static List<CSVRecord> records(byte[] csv) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
