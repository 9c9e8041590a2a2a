package io.blueprint.reports.policy.export;

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

    private static byte[] csv(GuaranteeExport export) {
        return new CsvExporter().write(export, new ExportTexts(Fixtures.KEYS));
    }

    /** Parsed as a reader would: the byte order mark dropped, '#' lines as comments, the first record the header. */
    private static CSVParser parse(byte[] bytes) throws IOException {
        String text = new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
        return CSVParser.parse(new StringReader(text), CsvExporter.FORMAT.builder()
                .setHeader().setSkipHeaderRecord(true).get());
    }

    @Test
    void startsWithAByteOrderMarkSoSpreadsheetsReadUtf8() {
        byte[] bytes = csv(Fixtures.export(Fixtures.refund()));

        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
    }

    @Test
    void parsesBackToOneRowPerVersionWithKoreanIntact() throws IOException {
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
            assertThat(rows.get(1).get("export.column.REFUND_RULES")).contains("2,000 KRW").contains("20,000 KRW");
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

    @Test
    void commentLinesStateTheFilterTheVersionsAndTheChecksum() throws IOException {
        GuaranteeExport export = Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund());
        try (CSVParser parser = parse(csv(export))) {
            String comment = parser.getHeaderComment();

            assertThat(comment).contains("export.title[2026-11-23]")
                    .contains("CARE-CALL-2MIN v2").contains("RET-REFUND-3BD v1").contains("2026-05-27")
                    .contains("export.checksum[" + export.checksum() + "]");
        }
    }

    @Test
    void theSameExportGivesTheSameBytes() {
        assertThat(csv(Fixtures.export(Fixtures.refund()))).isEqualTo(csv(Fixtures.export(Fixtures.refund())));
    }
}
