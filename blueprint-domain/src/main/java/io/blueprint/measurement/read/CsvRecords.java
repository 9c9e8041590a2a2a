package io.blueprint.measurement.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** The records of delimited text, parsed by Apache Commons CSV (RFC 4180 quoting, any line ending). */
final class CsvRecords implements RecordSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String encoding;

    CsvRecords(Reader reader, char separator, String encoding) throws IOException {
        // empty lines come through as records so that line numbers stay physical; the table skips them
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        this.parser = format.parse(reader);
        this.records = parser.iterator();
        this.encoding = encoding;
    }

    @Override
    public SourceRow next() {
        // the parser has read exactly the previous record and its line end: the next one starts on the next line
        long start = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            return new SourceRow(start, records.next().toList());
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause(), start);
        }
    }

    private UnreadableFileException refusal(IOException cause, long start) {
        if (cause instanceof StrictDecodingReader.Undecodable undecodable) {
            return new UnreadableFileException(undecodable.line(), UnreadableFileException.ENCODING, encoding);
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new UnreadableFileException(start, UnreadableFileException.UNTERMINATED_QUOTE);
        }
        return new UnreadableFileException(parser.getCurrentLineNumber() + 1, UnreadableFileException.MALFORMED);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
