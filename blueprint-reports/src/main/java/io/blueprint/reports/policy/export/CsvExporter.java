package io.blueprint.reports.policy.export;

import io.blueprint.reports.export.CsvTable;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV of the guarantees as {@link CsvTable} writes a table: a header row and one row per guarantee version,
 * nothing else. What a file of another format says about the export (as-of date, versions, checksum)
 * travels in the response headers: a comment line is no comment to a spreadsheet, which would split it at
 * its commas into cells that can start a formula.
 */
public final class CsvExporter implements GuaranteeExporter {

    @Override
    public byte[] write(GuaranteeExport export, ExportTexts texts) {
        List<String> header = new ArrayList<>();
        for (ExportColumn column : ExportColumn.values()) {
            header.add(texts.text(column.headerKey()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ExportedGuarantee guarantee : export.guarantees()) {
            List<Object> row = new ArrayList<>();
            for (ExportColumn column : ExportColumn.values()) {
                row.add(column.value(texts, guarantee));
            }
            rows.add(row);
        }
        return CsvTable.write(header, rows);
    }
}
