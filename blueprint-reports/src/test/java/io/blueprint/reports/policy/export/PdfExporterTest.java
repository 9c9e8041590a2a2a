package io.blueprint.reports.policy.export;

import io.blueprint.reports.export.PdfReading;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfExporterTest {

    private static byte[] pdf(GuaranteeExport export) {
        return new PdfExporter().write(export, new ExportTexts(Fixtures.KEYS));
    }

    @Test
    void readsBackWithEveryGuaranteeIncludingKoreanText() throws IOException {
        GuaranteeExport export = Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund());
        try (PDDocument document = Loader.loadPDF(pdf(export))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");

            assertThat(text).contains("환불 문의 전화 2분 내 연결").contains("반품 도착 후 3영업일 내 환불")
                    .contains("CARE-CALL-2MIN").contains("RET-REFUND-3BD")
                    .contains("서울특별시 중구 세종대로 110").contains("04524")
                    .contains("export.title[2026-11-23]").contains(export.checksum());
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void theKoreanFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(Fixtures.export(Fixtures.refund())))) {
            List<PDFont> fonts = PdfReading.fonts(document);

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.contains("NanumSquare"));
        }
    }

    @Test
    void nothingInForceStillGivesAReadableDocumentSayingSo() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(Fixtures.export()))) {
            assertThat(new PDFTextStripper().getText(document)).contains("export.versions.none");
        }
    }

    @Test
    void twoExportsSecondsApartAreTheSameBytes() throws InterruptedException {
        byte[] first = pdf(Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund()));
        Thread.sleep(1_100);
        byte[] second = pdf(Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund()));

        assertThat(second).isEqualTo(first);
    }
}
