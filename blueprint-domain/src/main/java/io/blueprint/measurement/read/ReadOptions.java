package io.blueprint.measurement.read;

import java.nio.charset.Charset;

/**
 * What the person (or a saved column mapping) says about a file before it is read; every null is
 * detected from the file's first bytes.
 *
 * @param headerRows extra header rows after the column-id row (0: one header row); ignored when headerless
 * @param headerless true: the file has no header row at all, its columns are {@code #1}, {@code #2}, …;
 *                   false: the first row is a header even if it looks like data
 * @param sheet      the spreadsheet's sheet by name (default: the first)
 */
public record ReadOptions(FileType type, Charset encoding, Character separator, Integer headerRows,
                          Boolean headerless, String sheet) {

    public ReadOptions {
        if (headerRows != null && headerRows < 0) {
            throw new IllegalArgumentException("headerRows " + headerRows);
        }
    }

    /** Everything detected. */
    public static ReadOptions detect() {
        return new ReadOptions(null, null, null, null, null, null);
    }

    public ReadOptions withType(FileType newType) {
        return new ReadOptions(newType, encoding, separator, headerRows, headerless, sheet);
    }

    public ReadOptions withEncoding(Charset newEncoding) {
        return new ReadOptions(type, newEncoding, separator, headerRows, headerless, sheet);
    }

    public ReadOptions withSeparator(Character newSeparator) {
        return new ReadOptions(type, encoding, newSeparator, headerRows, headerless, sheet);
    }

    public ReadOptions withHeaderRows(Integer newHeaderRows) {
        return new ReadOptions(type, encoding, separator, newHeaderRows, headerless, sheet);
    }

    public ReadOptions withHeaderless(Boolean newHeaderless) {
        return new ReadOptions(type, encoding, separator, headerRows, newHeaderless, sheet);
    }

    public ReadOptions withSheet(String newSheet) {
        return new ReadOptions(type, encoding, separator, headerRows, headerless, newSheet);
    }
}
