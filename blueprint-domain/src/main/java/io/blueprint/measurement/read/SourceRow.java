package io.blueprint.measurement.read;

import java.util.List;

/**
 * One record of a table's data as text, before it is mapped.
 *
 * @param line the physical line the record starts on (1-based, header lines counted), or the
 *             spreadsheet's row number
 */
public record SourceRow(long line, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 1-based position, or "" when the record is shorter. */
    public String cell(int position) {
        return position >= 1 && position <= cells.size() ? cells.get(position - 1) : "";
    }
}
