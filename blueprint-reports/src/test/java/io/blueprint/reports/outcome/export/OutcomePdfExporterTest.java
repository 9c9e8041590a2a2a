package io.blueprint.reports.outcome.export;

import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.export.PdfReading;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.policy.wording.PolicyLabels;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;

import java.awt.geom.Point2D;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomePdfExporterTest {

    private static byte[] pdf(GuaranteeOutcomeReport report, PolicyLabels labels) {
        return GuaranteeReportExporter.write(ExportFormat.PDF, report, labels).content();
    }

    @Test
    void readsBackWithEveryGuaranteeItsFiguresTheClaimRateAndWhyOneIsNotMeasured() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(OutcomeFixtures.report(), OutcomeFixtures.KEYS))) {
            String text = PdfReading.text(document);

            assertThat(text).contains("CARE-CALL-2MIN", "RET-REFUND-3BD", "SHOP-AVAIL-99", "Refund calls answered within 2 minutes")
                    .contains("guaranteeReport.table", "guaranteeReport.chart.title", "guaranteeReport.months")
                    // the assumption beside the costs
                    .contains("guaranteeReport.claimRate[25%]")
                    // the call guarantee over the period: 930 measured, 93 breaches (10.0%), 80 customers owed
                    .contains("930 93 10.0% 80")
                    // its cost in its currency; the refund's expected cost after the claim rate, and its unpriced breaches
                    .contains("KRW 94,000", "KRW 15,000 · 2 unpriced")
                    // the months of the chart's table and its text alternative
                    .contains("2026-10", "2026-11", "2026-12", "guaranteeReport.chart.summary[2, 2026-10, 2026-12]");
            // narrow columns break long words: read those without the spaces
            String unbroken = text.replace(" ", "");
            // the condition as the guarantee pages word it
            assertThat(unbroken).contains("guaranteeText.condition[guaranteeMetric.WAIT_TIME,conditionOperator.AT_MOST,"
                    + "guaranteeText.quantity.SECONDS[120]]")
                    // no figures for a guarantee that cannot be measured, but the reason
                    .contains("SHOP-AVAIL-99", "99.5]]––––guaranteeReport.unmeasurable.NO_MEASUREMENT");
        }
    }

    @Test
    void isLandscapeA4WithPageNumbersOnEveryPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(OutcomeFixtures.report(), OutcomeFixtures.KEYS))) {
            PdfReading.assertLandscapeA4WithFooters(document, (page, pages) -> "guaranteeReport.export.footer["
                    + "guaranteeReport.allServices, 2026-10-01, 2026-12-15, " + page + ", " + pages + "]");
        }
    }

    @Test
    void theChartIsDrawnAsLinesNotAsAPicture() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(OutcomeFixtures.report(), OutcomeFixtures.KEYS))) {
            int lines = 0;
            for (PDPage page : document.getPages()) {
                Drawn drawn = new Drawn(page);
                drawn.processPage(page);
                assertThat(drawn.images).isZero();
                lines += drawn.lines;
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name)).isFalse();
                }
            }
            // the grid, the axes, the legend and two series of three months, beside the tables' rules
            assertThat(lines).isGreaterThan(15);
        }
    }

    @Test
    void aKoreanReaderGetsKoreanHeadingsInTheEmbeddedFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(OutcomeFixtures.report(), OutcomeFixtures.KOREAN))) {
            assertThat(PdfReading.text(document)).contains("보증 성과 · guaranteeReport.allServices · 2026-10-01~2026-12-15", "보증별 위반과 보상 비용");
            PdfReading.assertEmbeddedFonts(document);
            assertThat(document.getDocumentInformation().getTitle()).startsWith("보증 성과");
        }
    }

    @Test
    void anEmptyReportSaysWhatIsMissing() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(OutcomeFixtures.none(), OutcomeFixtures.KEYS))) {
            assertThat(PdfReading.text(document)).contains("guaranteeReport.empty.guarantees").doesNotContain("guaranteeReport.chart.title");
        }
        try (PDDocument document = Loader.loadPDF(pdf(OutcomeFixtures.unmeasured(), OutcomeFixtures.KEYS))) {
            assertThat(PdfReading.text(document)).contains("guaranteeReport.empty.data", "guaranteeReport.import.CONTACT_WAIT[CARE-CALL-2MIN]")
                    .contains("Online store customer care");
        }
    }

    @Test
    void twoExportsSecondsApartAreTheSameBytes() throws InterruptedException {
        byte[] first = pdf(OutcomeFixtures.report(), OutcomeFixtures.KOREAN);
        Thread.sleep(1_100);
        assertThat(pdf(OutcomeFixtures.report(), OutcomeFixtures.KOREAN)).isEqualTo(first);
        assertThat(pdf(OutcomeFixtures.report(), OutcomeFixtures.KEYS)).as("another language, another file").isNotEqualTo(first);
    }

    /** Counts the straight lines a page draws, and its pictures. */
    private static final class Drawn extends PDFGraphicsStreamEngine {
        int lines;
        int images;

        Drawn(PDPage page) {
            super(page);
        }

        @Override
        public void lineTo(float x, float y) {
            lines++;
        }

        @Override
        public void drawImage(PDImage image) {
            images++;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
