package io.blueprint.reports.policy.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays text out on A4 pages: wraps it to the width, starts a new page when one is full, and writes
 * a footer on every page at the end.
 */
final class PdfPages {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 110;
    private static final float LEADING = 1.35f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document, PdfFonts fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    /** A bold line (wrapped when long), with space above it. */
    void heading(String text, float size, float spaceAbove) throws IOException {
        y -= spaceAbove;
        for (String line : wrap(fonts.printable(text), fonts.bold, size, WIDTH)) {
            line(line, fonts.bold, size, MARGIN);
        }
    }

    /** A paragraph of regular text, each '\n'-separated item on its own line. */
    void paragraph(String text, float size) throws IOException {
        for (String item : text.split("\n")) {
            for (String line : wrap(fonts.printable(item), fonts.regular, size, WIDTH)) {
                line(line, fonts.regular, size, MARGIN);
            }
        }
    }

    /** A field: its label in bold on the left, its value wrapped beside it; nothing when the value is blank. */
    void field(String label, String value, float size) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String item : value.split("\n")) {
            lines.addAll(wrap(fonts.printable(item), fonts.regular, size, WIDTH - LABEL_WIDTH));
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

    void space(float points) {
        y -= points;
    }

    /** Writes "footer(page, pages)" at the bottom of every page and closes the last one. */
    void finish(Footer footer, float size) throws IOException {
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
    interface Footer {
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
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** Breaks text into lines no wider than {@code width}: at spaces, or inside a word too long for a line. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
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
