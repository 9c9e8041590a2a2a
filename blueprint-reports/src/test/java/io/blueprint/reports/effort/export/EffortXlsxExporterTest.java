package io.blueprint.reports.effort.export;

import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.export.XlsxReading;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.blueprint.reports.export.XlsxReading.cell;
import static org.assertj.core.api.Assertions.assertThat;

class EffortXlsxExporterTest {

    private static XSSFWorkbook workbook(EffortExport export) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(
                EffortExporter.write(ExportFormat.XLSX, export, EffortFixtures.KEYS).content()));
    }

    @Test
    void aSheetPerPartEachWithABoldFrozenHeaderRow() throws IOException {
        try (XSSFWorkbook workbook = workbook(EffortFixtures.export())) {
            assertThat(XlsxReading.sheets(workbook)).containsExactly("report.export.sheet.touchpoints", "report.export.sheet.hotspots",
                    "report.export.sheet.trend", "report.export.sheet.beforeAfter", "report.export.sheet.kpis",
                    "report.export.sheet.about");
            for (int i = 0; i < 5; i++) {
                XlsxReading.assertFrozenBoldHeader(workbook, workbook.getSheetAt(i));
            }
        }
    }

    @Test
    void theTouchpointSheetHoldsTheReportsFiguresAsNumbersAndSharesAsPercentages() throws IOException {
        EffortExport export = EffortFixtures.export();
        try (XSSFWorkbook workbook = workbook(export)) {
            Sheet sheet = workbook.getSheet("report.export.sheet.touchpoints");
            // three touchpoints in blueprint order, two stage subtotals, the journey total
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 2 + 1);
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                codes.add(cell(sheet, r, "report.col.touchpoint").getStringCellValue());
            }
            assertThat(codes).containsExactly("RET-WEB-01", "RET-MAIL-01", "RET-CALL-01");

            Cell mean = cell(sheet, 3, "report.export.col.cesMean");
            assertThat(mean.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(mean.getNumericCellValue()).isEqualTo(export.effort().touchpoints().get(2).cesMean());
            Cell responses = cell(sheet, 3, "report.col.responses");
            assertThat(responses.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(responses.getNumericCellValue()).isEqualTo(40);
            Cell fcr = cell(sheet, 3, "report.col.fcr");
            assertThat(fcr.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fcr.getNumericCellValue()).isEqualTo(0.62);
            assertThat(fcr.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(cell(sheet, 3, "report.export.col.targetFcr").getNumericCellValue()).isEqualTo(0.8);
            assertThat(cell(sheet, 3, "report.export.col.gapFcr").getNumericCellValue()).isEqualTo(-0.18);
            assertThat(cell(sheet, 3, "report.export.col.targetCes").getNumericCellValue()).isEqualTo(5.5);
            assertThat(cell(sheet, 3, "report.col.status").getStringCellValue()).isEqualTo("report.status.OFF_TARGET");
            // what was not measured is an empty cell, not a zero
            assertThat(cell(sheet, 2, "report.export.col.cesMean").getCellType()).isEqualTo(CellType.BLANK);

            Row journey = sheet.getRow(6);
            assertThat(cell(sheet, 6, "report.export.col.step").getStringCellValue()).isEqualTo("report.export.journeyTotal");
            assertThat(cell(sheet, 6, "report.export.col.cesMean").getNumericCellValue()).isEqualTo(export.effort().total().cesMean());
            assertThat(cell(sheet, 6, "report.col.contacts").getNumericCellValue()).isEqualTo(212);
            assertThat(journey.getCell(0).getCellType()).as("no code on the total").isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void theOtherSheetsHoldHotspotsWithAssumptionsWeeksBeforeAfterAndKpis() throws IOException {
        try (XSSFWorkbook workbook = workbook(EffortFixtures.export())) {
            Sheet hotspots = workbook.getSheet("report.export.sheet.hotspots");
            assertThat(cell(hotspots, 1, "report.col.weightedGap").getNumericCellValue()).isEqualTo(260.0);
            assertThat(cell(hotspots, 1, "report.col.lost").getNumericCellValue()).isEqualTo(54.0);
            assertThat(hotspots.getRow(3).getCell(0).getStringCellValue()).isEqualTo("report.export.assumptions");
            assertThat(hotspots.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(0.94);
            assertThat(hotspots.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(hotspots.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(0.04);

            Sheet weeks = workbook.getSheet("report.export.sheet.trend");
            assertThat(weeks.getLastRowNum()).isEqualTo(4);
            assertThat(cell(weeks, 2, "report.col.week").getStringCellValue()).isEqualTo("2026-W45");
            assertThat(cell(weeks, 2, "report.export.col.firstDay").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2026, 11, 2));
            assertThat(cell(weeks, 2, "report.export.col.cesMean").getNumericCellValue()).isEqualTo(5.0);
            assertThat(cell(weeks, 1, "report.export.col.cesMean").getCellType()).isEqualTo(CellType.BLANK);

            Sheet beforeAfter = workbook.getSheet("report.export.sheet.beforeAfter");
            assertThat(cell(beforeAfter, 1, "report.col.touchpoint").getStringCellValue()).isEqualTo("report.total");
            assertThat(cell(beforeAfter, 1, "report.col.pWelch").getNumericCellValue()).isEqualTo(0.0004);
            assertThat(cell(beforeAfter, 2, "report.col.touchpoint").getStringCellValue()).isEqualTo("RET-CALL-01");

            Sheet kpis = workbook.getSheet("report.export.sheet.kpis");
            assertThat(cell(kpis, 1, "report.col.measured").getNumericCellValue()).isEqualTo(62.0);
            assertThat(cell(kpis, 1, "report.export.col.kpiTarget").getNumericCellValue()).isEqualTo(80.0);
            assertThat(cell(kpis, 1, "report.col.outcome").getStringCellValue()).isEqualTo("report.outcome.MISSED");
        }
    }

    @Test
    void twoExportsSecondsApartAreTheSameBytesAndCarryNoTimeOfWriting() throws InterruptedException, IOException {
        byte[] first = EffortExporter.write(ExportFormat.XLSX, EffortFixtures.export(), EffortFixtures.KEYS).content();
        Thread.sleep(1_100);
        byte[] second = EffortExporter.write(ExportFormat.XLSX, EffortFixtures.export(), EffortFixtures.KEYS).content();

        assertThat(second).isEqualTo(first);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(java.time.Instant.parse("2026-11-30T00:00:00Z"));
        }
    }
}
