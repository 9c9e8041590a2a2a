package io.blueprint.reports.policy.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExporterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What makes a spreadsheet program run a cell, as the first character of the cell. */
    private static final String FORMULA_SIGNS = "=+-@\t\r＝＋－＠";

    private static byte[] csv(GuaranteeExport export) {
        return new CsvExporter().write(export, new ExportTexts(Fixtures.KEYS));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
    }

    /** Parsed as a script would, with no options: Commons CSV's default format, the first record the header. */
    private static CSVParser parse(byte[] bytes) throws IOException {
        return CSVParser.parse(new StringReader(text(bytes)), CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).get());
    }

    @Test
    void startsWithAByteOrderMarkSoSpreadsheetsReadUtf8() {
        byte[] bytes = csv(Fixtures.export(Fixtures.refund()));

        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
    }

    @Test
    void parsesBackWithoutOptionsToAHeaderAndOneRowPerVersionWithKoreanIntact() throws IOException {
        try (CSVParser parser = parse(csv(Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund())))) {
            List<CSVRecord> rows = parser.getRecords();

            assertThat(parser.getHeaderNames()).hasSize(ExportColumn.values().length).first().isEqualTo("export.column.CODE");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("export.column.CODE")).isEqualTo("CARE-CALL-2MIN");
            assertThat(rows.get(0).get("export.column.REVISION")).isEqualTo("2");
            assertThat(rows.get(0).get("export.column.TITLE")).isEqualTo(Fixtures.CALL_TITLE);
            assertThat(rows.get(1).get("export.column.TITLE")).isEqualTo(Fixtures.REFUND_TITLE);
            assertThat(rows.get(1).get("export.column.CLAIM_CHANNELS")).contains(Fixtures.POSTAL_ADDRESS).contains("04524");
            assertThat(rows.get(1).get("export.column.EXCLUSIONS")).isEqualTo("선불 반품 라벨 없이 보낸 상품\n해지된 계좌로의 환불");
            assertThat(rows.get(1).get("export.column.EFFECTIVE_FROM")).isEqualTo("2026-05-27");
            assertThat(rows.get(1).get("export.column.TOUCHPOINTS")).contains("RET-MAIL-01").contains("RET-STORE-01");
            assertThat(rows.get(1).get("export.column.REFUND_RULES")).contains("remedy.CASH_REFUND");
            assertThat(parser.getHeaderComment()).isNull();
        }
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        try (CSVParser parser = parse(csv(Fixtures.export(Fixtures.crafted())))) {
            CSVRecord row = parser.getRecords().get(0);

            assertThat(row.get("export.column.TITLE")).isEqualTo("'" + Fixtures.FORMULA_TITLE);
            assertThat(row.get("export.column.PROMISE")).isEqualTo("'+1+cmd|' /C notepad'!A0");
            assertThat(row.get("export.column.SCOPE")).isEqualTo("'-2+3");
            assertThat(row.get("export.column.SERVICE")).startsWith("'@SUM");
            assertThat(row.get("export.column.EXCLUSIONS")).startsWith("'\t=1+1");
            assertThat(row.get("export.column.OWNER")).isEqualTo("'=owner");
            assertThat(row.get("export.column.CODE")).isEqualTo("ZZ-CRAFTED");
        }
    }

    /**
     * The reported attack: a service named {@code X,=cmd|' /C calc'!A0,} used to end a cell of a '#'
     * line with its comma and start a live formula in the next. No line of the file has a cell a
     * spreadsheet would run, read as a spreadsheet reads it: every line, comma-separated, quotes honoured.
     */
    @Test
    void noCellOfAnyLineStartsAFormulaEvenWhenAServiceNameBreaksOutOfItsCell() throws IOException {
        String text = text(csv(Fixtures.injectedExport()));
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            List<CSVRecord> lines = parser.getRecords();

            for (CSVRecord line : lines) {
                for (String cell : line) {
                    assertThat(cell.isEmpty() || FORMULA_SIGNS.indexOf(cell.charAt(0)) < 0)
                            .as("line %d, cell %s", line.getRecordNumber(), cell).isTrue();
                }
            }
            assertThat(lines).as("the header and one row").hasSize(2);
            assertThat(lines.get(1).get(ExportColumn.SERVICE.ordinal())).isEqualTo(Fixtures.INJECTED_SERVICE);
            assertThat(lines.get(1).get(ExportColumn.TITLE.ordinal())).isEqualTo("'+1+cmd|' /C calc'!A0");
            assertThat(lines.get(1).get(ExportColumn.PROMISE.ordinal())).isEqualTo("'-1+cmd|' /C calc'!A0");
            assertThat(lines.get(1).get(ExportColumn.SCOPE.ordinal())).isEqualTo("'@SUM(1+1)");
            assertThat(lines.get(1).get(ExportColumn.EXCLUSIONS.ordinal())).isEqualTo("'\r=1+1\n＝1+1");
            assertThat(lines.get(1).get(ExportColumn.APPROVED_BY.ordinal())).isEqualTo("'@approver");
        }
        assertThat(text).doesNotContain("#");
    }

    /**
     * A spreadsheet program set to another list separator (';' in much of Europe) splits a line at it, so
     * every cell is quoted: a separator inside quotes stays in its cell.
     */
    @Test
    void everyCellIsQuotedSoNoSeparatorSplitsIt() {
        String text = text(csv(Fixtures.injectedExport()));

        for (String line : text.split("\r\n")) {
            assertThat(line).startsWith("\"").endsWith("\"");
        }
    }

    @Test
    void theSameExportGivesTheSameBytes() {
        assertThat(csv(Fixtures.export(Fixtures.refund()))).isEqualTo(csv(Fixtures.export(Fixtures.refund())));
    }
}
