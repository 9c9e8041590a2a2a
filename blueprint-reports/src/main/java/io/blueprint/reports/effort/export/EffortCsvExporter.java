package io.blueprint.reports.effort.export;

import io.blueprint.reports.export.CsvTable;
import io.blueprint.reports.export.Labels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The touchpoint table of the effort report as CSV ({@link CsvTable}: UTF-8 with BOM, every cell quoted and guarded
 * against formulas): every column of the XLSX, touchpoints, then stage subtotals and the journey total. Figures are
 * written for scripts, not readers: a point as decimal separator, shares as fractions 0–1, six decimals at most,
 * days as YYYY-MM-DD.
 */
final class EffortCsvExporter {

    private EffortCsvExporter() {
    }

    static byte[] write(EffortExport export, Labels labels) {
        ReportTable<EffortRow> table = EffortTables.touchpoints(export.effort(), labels);
        List<String> header = table.columns().stream().map(c -> labels.text(c.headingKey())).toList();
        List<List<String>> rows = new ArrayList<>();
        for (EffortRow row : table.rows()) {
            rows.add(table.columns().stream().map(c -> cell(EffortTables.plain(c.valueOf(row, labels)))).toList());
        }
        return CsvTable.write(header, rows);
    }

    private static String cell(Object value) {
        if (value instanceof Double number) {
            return number.isNaN() ? "" : BigDecimal.valueOf(number).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
