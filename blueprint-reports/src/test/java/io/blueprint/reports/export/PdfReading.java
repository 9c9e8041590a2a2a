package io.blueprint.reports.export;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the PDF tests read back from a document, and the checks every report PDF passes. */
public final class PdfReading {

    private PdfReading() {
    }

    /** The document's text with every run of white space as one space. */
    public static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    /** Every font every page uses. */
    public static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** Every page is A4 on its side and its footer is {@code footer.apply(page)} (the number of pages known). */
    public static void assertLandscapeA4WithFooters(PDDocument document, FooterOf footer) throws IOException {
        int pages = document.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            PDPage shown = document.getPage(page - 1);
            assertThat(shown.getMediaBox().getWidth()).isEqualTo(841.8898f, Offset.offset(0.01f));
            assertThat(shown.getMediaBox().getHeight()).isEqualTo(595.27563f, Offset.offset(0.01f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            assertThat(stripper.getText(document)).contains(footer.text(page, pages));
        }
    }

    /** Every font is embedded and can draw Hangul (a Type 0 font, as PdfFonts loads them). */
    public static void assertEmbeddedFonts(PDDocument document) throws IOException {
        assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
        });
    }

    /** The footer a page should carry. */
    @FunctionalInterface
    public interface FooterOf {
        String text(int page, int pages);
    }
}
