package io.blueprint.reports.effort.export;

import io.blueprint.reports.export.CsvTable;
import io.blueprint.reports.export.Labels;

/**
 * The touchpoint table of the effort report as CSV ({@link CsvTable}: UTF-8 with BOM, every cell quoted and guarded
 * against formulas): every column of the XLSX, touchpoints, then stage subtotals and the journey total.
 */
final class EffortCsvExporter {

    private EffortCsvExporter() {
    }

    static byte[] write(EffortExport export, Labels labels) {
        return CsvTable.write(EffortTables.touchpoints(export.effort(), labels), labels);
    }
}
