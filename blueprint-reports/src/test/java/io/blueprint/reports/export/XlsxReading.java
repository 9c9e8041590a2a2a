package io.blueprint.reports.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the workbook tests read back: sheets, header rows and cells by their column's heading. */
public final class XlsxReading {

    private XlsxReading() {
    }

    public static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the sheets in order. */
    public static List<String> sheets(XSSFWorkbook workbook) {
        List<String> sheets = new ArrayList<>();
        workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
        return sheets;
    }

    /** The header cells of a sheet. */
    public static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    /** The cell of {@code row} in the column headed {@code heading}. */
    public static Cell cell(Sheet sheet, int row, String heading) {
        return sheet.getRow(row).getCell(header(sheet).indexOf(heading));
    }

    /** The sheet's first row is bold and stays in view. */
    public static void assertFrozenBoldHeader(XSSFWorkbook workbook, Sheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as(sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
    }
}
