package io.blueprint.reports.effort.export;

import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.export.PdfReading;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class EffortPdfExporterTest {

    private static byte[] pdf(EffortExport export, io.blueprint.reports.export.Labels labels) {
        return EffortExporter.write(ExportFormat.PDF, export, labels).content();
    }

    @Test
    void readsBackWithEveryTouchpointCodeItsFiguresAndEverySection() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(EffortFixtures.export(), EffortFixtures.KEYS))) {
            String text = PdfReading.text(document);

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
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PdfReading.assertLandscapeA4WithFooters(document, (page, pages) -> "report.export.footer[Return a damaged item, "
                    + "2026-11-01, 2026-11-30, " + page + ", " + pages + "]");
        }
    }

    @Test
    void aKoreanReaderGetsKoreanHeadingsInTheEmbeddedFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(EffortFixtures.export(), EffortFixtures.KOREAN))) {
            assertThat(PdfReading.text(document)).contains("고객 노력 보고서 · Return a damaged item · 2026-11-01~2026-11-30")
                    .contains("접점별 계획과 측정");
            PdfReading.assertEmbeddedFonts(document);
            assertThat(document.getDocumentInformation().getTitle()).startsWith("고객 노력 보고서");
        }
    }

    @Test
    void anEmptyPeriodStillGivesAReadableDocumentSayingSo() throws IOException {
        EffortExport empty = EffortFixtures.empty();
        try (PDDocument document = Loader.loadPDF(pdf(empty, EffortFixtures.KEYS))) {
            assertThat(PdfReading.text(document)).contains("report.empty.data", "report.hotspots.none", "report.kpis.none");
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
