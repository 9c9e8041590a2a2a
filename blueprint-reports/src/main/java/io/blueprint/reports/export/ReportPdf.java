package io.blueprint.reports.export;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as a landscape A4 document, one look for every report: its title, sections with their headings kept
 * with what follows, report tables (their PDF columns, text twice as wide as figures, figures in the reader's
 * words), charts of one height, and page n of m in every footer. Korean is drawn with the embedded font. The same
 * contents give the same bytes: the creation date is the day the report is about and the document ID is hashed
 * from what identifies the contents ({@link PdfFile}).
 */
public final class ReportPdf {

    private static final float TITLE = 16;
    private static final float HEADING = 12;
    private static final float BODY = 9;
    private static final float TABLE = 7;
    private static final float SMALL = 7;
    private static final float CHART_HEIGHT = 230;
    private static final float SECTION_ROOM = 90;

    private final PdfPages pages;
    private final Labels labels;
    private final ReportFigures figures;

    private ReportPdf(PdfPages pages, Labels labels) {
        this.pages = pages;
        this.labels = labels;
        this.figures = new ReportFigures(labels.locale());
    }

    /** What a report writes below its title. */
    @FunctionalInterface
    public interface Content {
        void write(ReportPdf pdf) throws IOException;
    }

    /**
     * The document: {@code title} at the top of the first page, then what {@code content} writes, and {@code footer}
     * on every page; {@code day} is its creation date and {@code identity} what its ID is hashed from.
     */
    public static byte[] write(String title, Labels labels, LocalDate day, String identity, PdfPages.Footer footer,
                               Content content) {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            PdfFile.describe(document, title, labels.text("export.pdf.language"), day, identity);
            PdfPages pages = new PdfPages(document, fonts, PdfPages.LANDSCAPE_A4);
            pages.heading(title, TITLE, 0);
            pages.space(4);
            content.write(new ReportPdf(pages, labels));
            pages.finish(footer, SMALL);
            return PdfFile.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A note in small type: assumptions, definitions. */
    public void note(String text) throws IOException {
        pages.paragraph(text, SMALL);
    }

    /** A paragraph in body type. */
    public void paragraph(String text) throws IOException {
        pages.paragraph(text, BODY);
    }

    public void space(float points) {
        pages.space(points);
    }

    /** A section's heading, on the next page when too little of this one is left for it and a few rows. */
    public void section(String heading) throws IOException {
        pages.keepRoom(SECTION_ROOM);
        pages.heading(heading, HEADING, 12);
    }

    /** A section holding a chart, heading and chart on one page. */
    public void chart(String heading, PdfPages.Drawing drawing) throws IOException {
        pages.keepRoom(CHART_HEIGHT + 2 * HEADING);
        section(heading);
        pages.drawing(CHART_HEIGHT, drawing);
    }

    /** The table's PDF columns, text columns twice as wide as figures, figures in the reader's words. */
    public <T> void table(ReportTable<T> table) throws IOException {
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
        pages.table(widths, right, header, rows, table.emphasised(), TABLE);
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
