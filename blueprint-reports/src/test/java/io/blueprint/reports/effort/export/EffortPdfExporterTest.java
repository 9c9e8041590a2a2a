package io.blueprint.reports.effort.export;

import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.export.PdfReading;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EffortPdfExporterTest {

    private static byte[] pdf(EffortExport export, io.blueprint.reports.export.Labels labels) {
        return EffortExporter.write(ExportFormat.PDF, export, labels).content();
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void readsBackWithEveryTouchpointCodeItsFiguresAndEverySection() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(EffortFixtures.export(), EffortFixtures.KEYS))) {
            String text = text(document);

            assertThat(text).contains("RET-WEB-01", "RET-MAIL-01", "RET-CALL-01", "환불 문의 전화")
                    .contains("report.effort.table", "report.hotspots", "report.trends", "report.beforeAfter", "report.kpis")
                    // the journey total: 90 responses, mean 5.26, 212 contacts
                    .contains("– 90 5.26 4.90 5.60", " 212 ")
                    // the call's mean, its interval and its gap as a reader writes them; shares as percentages
                    .contains("4.20", "3.80", "4.60", "1.30", "62.0%", "2026-W45")
                    // a p-value below 0.001 is written as such
                    .contains("< 0.001")
                    // the hotspots' assumptions with the repurchase rates
                    .contains("report.hotspots.assumptions[94.0%, 4.0%, 3]");
        }
    }

    @Test
    void isLandscapeA4WithPageNumbersOnEveryPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(EffortFixtures.export(), EffortFixtures.KEYS))) {
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(841.8898f, Offset.offset(0.01f));
            assertThat(first.getMediaBox().getHeight()).isEqualTo(595.27563f, Offset.offset(0.01f));
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("report.export.footer[Return a damaged item, 2026-11-01, "
                        + "2026-11-30, " + page + ", " + pages + "]");
            }
        }
    }

    @Test
    void aKoreanReaderGetsKoreanHeadingsInTheEmbeddedFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(EffortFixtures.export(), EffortFixtures.KOREAN))) {
            assertThat(text(document)).contains("고객 노력 보고서 · Return a damaged item · 2026-11-01~2026-11-30")
                    .contains("접점별 계획과 측정");
            List<PDFont> fonts = PdfReading.fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
            });
            assertThat(document.getDocumentInformation().getTitle()).startsWith("고객 노력 보고서");
        }
    }

    @Test
    void anEmptyPeriodStillGivesAReadableDocumentSayingSo() throws IOException {
        EffortExport empty = EffortFixtures.empty();
        try (PDDocument document = Loader.loadPDF(pdf(empty, EffortFixtures.KEYS))) {
            assertThat(text(document)).contains("report.empty.data", "report.hotspots.none", "report.kpis.none");
        }
    }

    @Test
    void twoExportsSecondsApartAreTheSameBytes() throws InterruptedException {
        byte[] first = pdf(EffortFixtures.export(), EffortFixtures.KOREAN);
        Thread.sleep(1_100);
        byte[] second = pdf(EffortFixtures.export(), EffortFixtures.KOREAN);

        assertThat(second).isEqualTo(first);
        assertThat(pdf(EffortFixtures.export(), EffortFixtures.KEYS)).as("another language, another file").isNotEqualTo(first);
    }
}
