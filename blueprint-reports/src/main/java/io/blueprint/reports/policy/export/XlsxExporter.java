package io.blueprint.reports.policy.export;

import io.blueprint.reports.export.XlsxFile;
import io.blueprint.reports.export.XlsxStyles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * An Excel workbook: a sheet of guarantee versions with a header row, and an "About" sheet with the
 * as-of date, the filters, each version with its effective dates, and the checksum. Cells are typed
 * text, numbers and dates, never formulas, so nothing in them runs. The file is byte-for-byte the
 * same for the same export: its only date is the as-of date (see {@link XlsxFile}).
 */
public final class XlsxExporter implements GuaranteeExporter {

    /** Column widths in characters; long texts wrap inside their cells. */
    private static final int NARROW = 12;
    private static final int WIDE = 48;

    @Override
    public byte[] write(GuaranteeExport export, ExportTexts texts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            guarantees(workbook.createSheet(texts.text("export.sheet.guarantees")), export, texts, styles);
            about(workbook.createSheet(texts.text("export.sheet.about")), export, texts, styles);
            return XlsxFile.bytes(workbook, texts.title(export.filter()), export.filter().asOf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guarantees(Sheet sheet, GuaranteeExport export, ExportTexts texts, XlsxStyles styles) {
        Row header = sheet.createRow(0);
        ExportColumn[] columns = ExportColumn.values();
        for (int i = 0; i < columns.length; i++) {
            text(header.createCell(i), texts.text(columns[i].headerKey()), styles.header);
            sheet.setColumnWidth(i, 256 * (isNarrow(columns[i]) ? NARROW : WIDE));
        }
        sheet.createFreezePane(1, 1);
        int r = 1;
        for (ExportedGuarantee guarantee : export.guarantees()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.length; i++) {
                Object value = columns[i].value(texts, guarantee);
                Cell cell = row.createCell(i);
                if (value instanceof Integer number) {
                    cell.setCellValue(number);
                    cell.setCellStyle(styles.top);
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date);
                } else if (value != null) {
                    text(cell, value.toString(), styles.wrapped);
                }
            }
        }
        if (!export.guarantees().isEmpty()) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, columns.length - 1));
        }
    }

    private static void about(Sheet sheet, GuaranteeExport export, ExportTexts texts, XlsxStyles styles) {
        sheet.setColumnWidth(0, 256 * 28);
        sheet.setColumnWidth(1, 256 * 30);
        sheet.setColumnWidth(2, 256 * 14);
        sheet.setColumnWidth(3, 256 * 14);
        ExportFilter filter = export.filter();
        String all = texts.text("export.filter.all");
        int r = 0;
        r = pair(sheet, r, texts.text("export.about.title"), texts.title(filter), styles);
        Row asOf = sheet.createRow(r++);
        text(asOf.createCell(0), texts.text("export.about.asOf"), styles.header);
        asOf.createCell(1).setCellValue(filter.asOf());
        asOf.getCell(1).setCellStyle(styles.date);
        r = pair(sheet, r, texts.text("export.about.service"), filter.serviceName() == null ? all : filter.serviceName(), styles);
        r = pair(sheet, r, texts.text("export.about.channel"),
                filter.channel() == null ? all : texts.name(filter.channel()), styles);
        r = pair(sheet, r, texts.text("export.about.checksum"), export.checksum(), styles);
        r = pair(sheet, r, texts.text("export.about.canonical"), texts.text("export.about.canonicalForm"), styles);
        r++;
        Row versionsHeader = sheet.createRow(r++);
        String[] heads = {texts.text("export.column.CODE"), texts.text("export.column.TITLE"),
                texts.text("export.column.EFFECTIVE_FROM"), texts.text("export.column.LAST_DAY_IN_FORCE")};
        for (int i = 0; i < heads.length; i++) {
            text(versionsHeader.createCell(i), heads[i], styles.header);
        }
        for (ExportedGuarantee g : export.guarantees()) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), g.version(), styles.top);
            text(row.createCell(1), g.title(), styles.wrapped);
            row.createCell(2).setCellValue(g.effectiveFrom());
            row.getCell(2).setCellStyle(styles.date);
            if (g.lastDayInForce() != null) {
                row.createCell(3).setCellValue(g.lastDayInForce());
                row.getCell(3).setCellStyle(styles.date);
            }
        }
        if (export.guarantees().isEmpty()) {
            text(sheet.createRow(r).createCell(0), texts.text("export.versions.none"), styles.top);
        }
    }

    private static int pair(Sheet sheet, int r, String label, String value, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), label, styles.header);
        text(row.createCell(1), value, styles.top);
        return r + 1;
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static boolean isNarrow(ExportColumn column) {
        return switch (column) {
            case CODE, REVISION, EFFECTIVE_FROM, LAST_DAY_IN_FORCE, OWNER, APPROVED_BY -> true;
            default -> false;
        };
    }
}
