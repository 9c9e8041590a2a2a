package io.blueprint.reports.policy.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxExporterTest {

    private static byte[] xlsx(GuaranteeExport export) {
        return new XlsxExporter().write(export, new ExportTexts(Fixtures.KEYS));
    }

    private static List<String> column(Sheet sheet, ExportColumn column) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                values.add(formatter.formatCellValue(row.getCell(column.ordinal())));
            }
        }
        return values;
    }

    @Test
    void theGuaranteesSheetHasAHeaderAndOneRowPerVersion() throws IOException {
        GuaranteeExport export = Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund(), Fixtures.crafted());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(export)))) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("export.sheet.guarantees");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("export.column.CODE");
            assertThat(column(sheet, ExportColumn.CODE)).containsExactly("CARE-CALL-2MIN", "RET-REFUND-3BD", "ZZ-CRAFTED");
            assertThat(column(sheet, ExportColumn.REVISION)).containsExactly("2", "1", "1");
            assertThat(column(sheet, ExportColumn.TITLE)).containsExactly(Fixtures.CALL_TITLE, Fixtures.REFUND_TITLE,
                    Fixtures.FORMULA_TITLE);
            assertThat(sheet.getRow(2).getCell(ExportColumn.EFFECTIVE_FROM.ordinal()).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 5, 27));
            // a text that looks like a formula stays text: a typed string cell never runs
            assertThat(sheet.getRow(3).getCell(ExportColumn.TITLE.ordinal()).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void theAboutSheetStatesAsOfDateVersionsAndChecksum() throws IOException {
        GuaranteeExport export = Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(export)))) {
            Sheet about = workbook.getSheet("export.sheet.about");
            DataFormatter formatter = new DataFormatter();
            StringBuilder text = new StringBuilder();
            about.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|')));

            assertThat(text).contains("2026-11-23").contains(export.checksum())
                    .contains("CARE-CALL-2MIN v2|").contains("RET-REFUND-3BD v1|").contains("2026-05-27");
            assertThat(workbook.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(Date.from(Fixtures.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
    }

    @Test
    void twoExportsSecondsApartAreTheSameBytes() throws InterruptedException {
        byte[] first = xlsx(Fixtures.export(Fixtures.refund()));
        Thread.sleep(2_100); // ZIP times have a two-second grain: a clock in the file would show by now
        byte[] second = xlsx(Fixtures.export(Fixtures.refund()));

        assertThat(second).isEqualTo(first);
    }
}
