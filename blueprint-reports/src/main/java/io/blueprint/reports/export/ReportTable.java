package io.blueprint.reports.export;

import java.util.List;
import java.util.Set;

/**
 * One part of an exported report as a table: a sheet of the XLSX, a section of the PDF, and for the main table the
 * CSV.
 *
 * @param headingKey the message key of the section's heading
 * @param sheetKey   the message key of the sheet's name (at most 31 characters in every language)
 * @param emphasised the indexes of rows in bold (subtotals, totals)
 */
public record ReportTable<T>(String headingKey, String sheetKey, List<ReportColumn<T>> columns, List<T> rows,
                             Set<Integer> emphasised) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        emphasised = Set.copyOf(emphasised);
    }
}
