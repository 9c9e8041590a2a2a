package io.blueprint.reports.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays text, tables and drawings out on pages of one size (A4 upright or on its side): wraps text to the width,
 * starts a new page when one is full, and writes a footer on every page at the end.
 */
public final class PdfPages {

    /** A4 on its side, for reports with wide tables. */
    public static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final float MARGIN = 50;
    private static final float LABEL_WIDTH = 110;
    private static final float LEADING = 1.35f;
    private static final float CELL_PADDING = 3;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PDRectangle size;
    private final float width;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /** Pages of {@code size}, e.g. {@code PDRectangle.A4} or A4 on its side. */
    public PdfPages(PDDocument document, PdfFonts fonts, PDRectangle size) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.size = size;
        this.width = size.getWidth() - 2 * MARGIN;
        newPage();
    }

    /** The width between the margins. */
    public float width() {
        return width;
    }

    /** A bold line (wrapped when long), with space above it. */
    public void heading(String text, float size, float spaceAbove) throws IOException {
        y -= spaceAbove;
        for (String line : wrap(fonts.printable(text), fonts.bold, size, width)) {
            line(line, fonts.bold, size, MARGIN);
        }
    }

    /** A paragraph of regular text, each '\n'-separated item on its own line. */
    public void paragraph(String text, float size) throws IOException {
        for (String item : text.split("\n")) {
            for (String line : wrap(fonts.printable(item), fonts.regular, size, width)) {
                line(line, fonts.regular, size, MARGIN);
            }
        }
    }

    /** A field: its label in bold on the left, its value wrapped beside it; nothing when the value is blank. */
    public void field(String label, String value, float size) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String item : value.split("\n")) {
            lines.addAll(wrap(fonts.printable(item), fonts.regular, size, width - LABEL_WIDTH));
        }
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(size);
            if (i == 0) {
                show(fonts.printable(label), fonts.bold, size, MARGIN, y - size);
            }
            show(lines.get(i), fonts.regular, size, MARGIN + LABEL_WIDTH, y - size);
            y -= size * LEADING;
        }
    }

    /**
     * A table: the header row in bold on a grey band, then the rows, each cell wrapped to its column; a row that
     * does not fit on the page starts the next one, which repeats the header. Rows in {@code emphasised} are bold.
     * Columns whose {@code rightAligned} entry is true hold figures and are aligned to the right.
     */
    public void table(float[] widths, boolean[] rightAligned, List<String> header, List<List<String>> rows,
                      java.util.Set<Integer> emphasised, float size) throws IOException {
        float scale = width / sum(widths);
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = widths[i] * scale;
        }
        float start = rowHeight(columns, header, fonts.bold, size)
                + (rows.isEmpty() ? 0 : rowHeight(columns, rows.get(0), fonts.regular, size));
        if (y - start < MARGIN) {
            // a header alone at the foot of a page says nothing
            content.close();
            newPage();
        }
        tableRow(columns, rightAligned, header, fonts.bold, size, true);
        for (int r = 0; r < rows.size(); r++) {
            if (fits(columns, rows.get(r), size)) {
                tableRow(columns, rightAligned, rows.get(r), emphasised.contains(r) ? fonts.bold : fonts.regular, size, false);
            } else {
                content.close();
                newPage();
                tableRow(columns, rightAligned, header, fonts.bold, size, true);
                tableRow(columns, rightAligned, rows.get(r), emphasised.contains(r) ? fonts.bold : fonts.regular, size, false);
            }
        }
    }

    private boolean fits(float[] columns, List<String> cells, float size) throws IOException {
        return y - rowHeight(columns, cells, fonts.regular, size) >= MARGIN;
    }

    private float rowHeight(float[] columns, List<String> cells, PDFont font, float size) throws IOException {
        int lines = 1;
        for (int i = 0; i < columns.length; i++) {
            lines = Math.max(lines, wrap(fonts.printable(cell(cells, i)), font, size, columns[i] - 2 * CELL_PADDING).size());
        }
        return lines * size * LEADING + 2 * CELL_PADDING;
    }

    private void tableRow(float[] columns, boolean[] rightAligned, List<String> cells, PDFont font, float size,
                          boolean header) throws IOException {
        float height = rowHeight(columns, cells, font, size);
        if (y - height < MARGIN) {
            content.close();
            newPage();
        }
        if (header) {
            content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            content.addRect(MARGIN, y - height, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        float x = MARGIN;
        for (int i = 0; i < columns.length; i++) {
            float lineY = y - CELL_PADDING - size;
            for (String line : wrap(fonts.printable(cell(cells, i)), font, size, columns[i] - 2 * CELL_PADDING)) {
                float left = rightAligned[i] && !header ? x + columns[i] - CELL_PADDING - width(line, font, size)
                        : x + CELL_PADDING;
                show(line, font, size, left, lineY);
                lineY -= size * LEADING;
            }
            x += columns[i];
        }
        content.setStrokingColor(0.75f, 0.75f, 0.75f);
        content.setLineWidth(0.4f);
        content.moveTo(MARGIN, y - height);
        content.lineTo(MARGIN + width, y - height);
        content.stroke();
        content.setStrokingColor(0f, 0f, 0f);
        y -= height;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }

    /**
     * A drawing {@code height} points high across the width, on a new page when this one has no room: the
     * drawing gets the content stream and the area's lower left corner.
     */
    public void drawing(float height, Drawing drawing) throws IOException {
        if (y - height < MARGIN) {
            content.close();
            newPage();
        }
        drawing.draw(content, fonts, MARGIN, y - height, width, height);
        y -= height;
    }

    /** Draws into an area of a page, its lower left corner at (x, y). */
    @FunctionalInterface
    public interface Drawing {
        void draw(PDPageContentStream content, PdfFonts fonts, float x, float y, float width, float height) throws IOException;
    }

    /** Starts a new page unless {@code points} are left on this one: keeps a heading with what follows it. */
    public void keepRoom(float points) throws IOException {
        if (y - points < MARGIN) {
            content.close();
            newPage();
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** Writes "footer(page, pages)" at the bottom of every page and closes the last one. */
    public void finish(Footer footer, float size) throws IOException {
        content.close();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = fonts.printable(footer.text(i + 1, pages.size()));
                stream.beginText();
                stream.setFont(fonts.regular, size);
                stream.newLineAtOffset(MARGIN, MARGIN / 2);
                stream.showText(text);
                stream.endText();
            }
        }
    }

    /** The footer text of a page, given its number and the number of pages. */
    @FunctionalInterface
    public interface Footer {
        String text(int page, int pages);
    }

    private void line(String text, PDFont font, float size, float x) throws IOException {
        ensureRoom(size);
        show(text, font, size, x, y - size);
        y -= size * LEADING;
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void ensureRoom(float size) throws IOException {
        if (y - size * LEADING < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** Breaks text into lines no wider than {@code width}: at spaces, or inside a word too long for a line. */
    public static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String next = line.toString() + Character.toString(cp);
                if (!line.isEmpty() && width(next, font, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
