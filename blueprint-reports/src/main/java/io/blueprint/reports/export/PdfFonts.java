package io.blueprint.reports.export;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Korean-capable fonts of the PDF exports (NanumSquare regular and bold, SIL OFL 1.1, in the
 * resources beside this class), embedded as subsets so every reader shows Hangul without fonts of
 * its own. A character neither font has is shown as '?' rather than failing the export.
 */
public final class PdfFonts implements Closeable {

    private static final String REGULAR = "fonts/NanumSquareR.ttf";
    private static final String BOLD = "fonts/NanumSquareB.ttf";
    private static final byte[] REGULAR_BYTES = read(REGULAR);
    private static final byte[] BOLD_BYTES = read(BOLD);

    public final PDType0Font regular;
    public final PDType0Font bold;
    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final CmapLookup cmap;

    public PdfFonts(PDDocument document) throws IOException {
        // parsed per document: PDFBox subsets the font it is given, so one instance must not serve two documents
        regularFile = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR_BYTES));
        boldFile = new TTFParser().parse(new RandomAccessReadBuffer(BOLD_BYTES));
        regular = PDType0Font.load(document, regularFile, true);
        bold = PDType0Font.load(document, boldFile, true);
        cmap = regularFile.getUnicodeCmapLookup();
    }

    /** The text with line breaks and tabs as spaces, and characters the font lacks as '?'. */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cmap.getGlyphId(cp) == 0 ? '?' : cp);
            }
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        regularFile.close();
        boldFile.close();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
