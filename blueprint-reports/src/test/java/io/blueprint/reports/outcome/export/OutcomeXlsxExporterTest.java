package io.blueprint.reports.outcome.export;

import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.export.XlsxReading;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static io.blueprint.reports.export.XlsxReading.cell;
import static io.blueprint.reports.export.XlsxReading.header;
import static org.assertj.core.api.Assertions.assertThat;

class OutcomeXlsxExporterTest {

    private static byte[] xlsx(GuaranteeOutcomeReport report) {
        return GuaranteeReportExporter.write(ExportFormat.XLSX, report, OutcomeFixtures.KEYS).content();
    }

    private static XSSFWorkbook workbook(GuaranteeOutcomeReport report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx(report)));
    }

    @Test
    void guaranteesMonthsRulesAndAboutEachWithABoldFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = workbook(OutcomeFixtures.report())) {
            assertThat(XlsxReading.sheets(workbook)).containsExactly("outcomes.sheet.guarantees", "outcomes.sheet.months",
                    "outcomes.sheet.rules", "outcomes.sheet.about");
            for (int i = 0; i < 3; i++) {
                XlsxReading.assertFrozenBoldHeader(workbook, workbook.getSheetAt(i));
            }
        }
    }

    @Test
    void figuresAreTypedRatesAreFractionsWithAPercentFormatAndCostsSumsWithTheirCurrency() throws IOException {
        try (XSSFWorkbook workbook = workbook(OutcomeFixtures.report())) {
            Sheet sheet = workbook.getSheet("outcomes.sheet.guarantees");
            assertThat(header(sheet)).doesNotContain("guaranteeReport.col.cost").contains("guaranteeReport.col.notMeasured");
            assertThat(cell(sheet, 1, "guaranteeReport.col.code").getStringCellValue()).isEqualTo("CARE-CALL-2MIN");
            Cell measured = cell(sheet, 1, "guaranteeReport.col.measured");
            assertThat(measured.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(measured.getNumericCellValue()).isEqualTo(930);
            Cell rate = cell(sheet, 1, "guaranteeReport.col.breachRate");
            assertThat(rate.getNumericCellValue()).isEqualTo(0.1);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(cell(sheet, 1, "guaranteeReport.col.expectedCost").getNumericCellValue()).isEqualTo(94_000);
            assertThat(cell(sheet, 1, "guaranteeReport.col.currency").getStringCellValue()).isEqualTo("KRW");
            // the refund: owed in full, a quarter of it expected (on claim), two breaches unpriced
            assertThat(cell(sheet, 2, "guaranteeReport.col.owed").getNumericCellValue()).isEqualTo(60_000);
            assertThat(cell(sheet, 2, "guaranteeReport.col.expectedCost").getNumericCellValue()).isEqualTo(15_000);
            assertThat(cell(sheet, 2, "guaranteeReport.col.unpriced").getNumericCellValue()).isEqualTo(2);
            // a guarantee that cannot be measured: no zeros, the reason
            assertThat(cell(sheet, 3, "guaranteeReport.col.measured").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(sheet, 3, "guaranteeReport.col.breachRate").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(sheet, 3, "guaranteeReport.col.notMeasured").getStringCellValue())
                    .isEqualTo("guaranteeReport.unmeasurable.NO_MEASUREMENT");
        }
    }

    @Test
    void theMonthsSheetHasARowPerGuaranteeAndMonth() throws IOException {
        try (XSSFWorkbook workbook = workbook(OutcomeFixtures.report())) {
            Sheet months = workbook.getSheet("outcomes.sheet.months");
            assertThat(months.getLastRowNum()).as("3 months of 2 measurable guarantees").isEqualTo(6);
            Row october = months.getRow(1);
            assertThat(october.getCell(header(months).indexOf("guaranteeReport.col.month")).getStringCellValue()).isEqualTo("2026-10");
            assertThat(cell(months, 1, "guaranteeReport.col.breachRate").getNumericCellValue()).isEqualTo(0.12);
            assertThat(cell(months, 6, "guaranteeReport.col.code").getStringCellValue()).isEqualTo("RET-REFUND-3BD");
            assertThat(cell(months, 6, "guaranteeReport.col.breaches").getNumericCellValue()).isZero();
            Sheet rules = workbook.getSheet("outcomes.sheet.rules");
            assertThat(cell(rules, 2, "guaranteeReport.col.payout").getStringCellValue()).isEqualTo("payout.ON_CLAIM");
        }
    }

    @Test
    void theAboutSheetHoldsTheClaimRateAndThePeriod() throws IOException {
        try (XSSFWorkbook workbook = workbook(OutcomeFixtures.report())) {
            Sheet about = workbook.getSheet("outcomes.sheet.about");
            Row claim = null;
            for (Row row : about) {
                if (row.getCell(0).getStringCellValue().equals("guaranteeReport.export.claimRate")) {
                    claim = row;
                }
            }
            assertThat(claim).isNotNull();
            assertThat(claim.getCell(1).getNumericCellValue()).isEqualTo(0.25);
            assertThat(claim.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(about.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(OutcomeFixtures.FROM);
            assertThat(about.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(OutcomeFixtures.TO);
        }
    }

    @Test
    void twoExportsSecondsApartAreTheSameBytes() throws InterruptedException {
        byte[] first = xlsx(OutcomeFixtures.report());
        Thread.sleep(1_100);
        assertThat(xlsx(OutcomeFixtures.report())).isEqualTo(first);
    }
}
