package io.blueprint.reports.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the workbook exports, made once per workbook: a bold header, text at the top of its
 * cell (wrapped or not), days, and numbers shown as whole numbers, with decimals or as percentages (the
 * cell holds the fraction, so a formula over it computes with the true value), and sums of money.
 */
public final class XlsxStyles {

    public final CellStyle header;
    public final CellStyle top;
    public final CellStyle wrapped;
    public final CellStyle date;
    public final CellStyle whole;
    public final CellStyle decimal;
    /** Four decimals, for p-values. */
    public final CellStyle precise;
    public final CellStyle percent;
    /** Grouped with two decimals, for sums of money in a currency with cents. */
    public final CellStyle money;

    public XlsxStyles(XSSFWorkbook workbook) {
        DataFormat formats = workbook.getCreationHelper().createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = top(workbook);
        header.setFont(bold);
        top = top(workbook);
        wrapped = top(workbook);
        wrapped.setWrapText(true);
        date = top(workbook);
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        whole = top(workbook);
        whole.setDataFormat(formats.getFormat("#,##0"));
        decimal = top(workbook);
        decimal.setDataFormat(formats.getFormat("0.00"));
        precise = top(workbook);
        precise.setDataFormat(formats.getFormat("0.0000"));
        percent = top(workbook);
        percent.setDataFormat(formats.getFormat("0.0%"));
        money = top(workbook);
        money.setDataFormat(formats.getFormat("#,##0.00"));
    }

    private static CellStyle top(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
