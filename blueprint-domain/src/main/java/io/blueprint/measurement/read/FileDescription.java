package io.blueprint.measurement.read;

import java.util.List;

/**
 * What was found out about a file (or told by the options), shown on the import preview and
 * reported in the import's summary.
 *
 * @param encoding   Java's canonical charset name ("UTF-8", "UTF-16LE", "x-windows-949", …); null for a
 *                   spreadsheet, whose XML says its own
 * @param separator  the field separator of a text file; null for a spreadsheet or JSON
 * @param headerRows extra header rows after the column-id row (2 for Qualtrics, 1 for its legacy form)
 * @param sheets     a spreadsheet's sheet names in order; empty for other files
 * @param sheet      the sheet read; null for other files
 */
public record FileDescription(FileType type, String encoding, Character separator, int headerRows,
                              boolean headerless, Layout layout, List<String> sheets, String sheet) {

    public FileDescription {
        sheets = List.copyOf(sheets);
    }
}
