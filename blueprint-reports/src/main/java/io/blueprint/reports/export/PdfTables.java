package io.blueprint.reports.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Lays a report table out in a PDF: its PDF columns, text twice as wide as figures, figures in the reader's words. */
public final class PdfTables {

    private PdfTables() {
    }

    public static <T> void table(PdfPages pages, ReportTable<T> table, Labels labels, ReportFigures figures, float size)
            throws IOException {
        List<ReportColumn<T>> columns = table.columns().stream().filter(ReportColumn::inPdf).toList();
        float[] widths = new float[columns.size()];
        boolean[] right = new boolean[columns.size()];
        List<String> header = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).isFigure() ? 1 : 2;
            right[i] = columns.get(i).isFigure();
            header.add(labels.text(columns.get(i).headingKey()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (T row : table.rows()) {
            rows.add(columns.stream().map(c -> words(c, c.cellOf(row, labels), figures)).toList());
        }
        pages.table(widths, right, header, rows, table.emphasised(), size);
    }

    /** A cell in words: "–" for a figure not measured, numbers in the reader's language, a text as it is. */
    private static String words(ReportColumn<?> column, Object value, ReportFigures figures) {
        if (value == null) {
            return column.isFigure() ? ReportFigures.NONE : "";
        }
        if (!(value instanceof Number number)) {
            return value.toString();
        }
        return switch (column.kind()) {
            case WHOLE -> figures.whole(number);
            case DECIMAL -> figures.number(number.doubleValue(), column.digits());
            case PERCENT -> figures.percent(number.doubleValue());
            case P_VALUE -> figures.pValue(number.doubleValue());
            case AMOUNT -> figures.number(number.doubleValue(),
                    Math.max(0, number instanceof BigDecimal amount ? amount.stripTrailingZeros().scale() : 2));
            default -> value.toString();
        };
    }
}
