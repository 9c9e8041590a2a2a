package io.blueprint.reports.policy.export;

import io.blueprint.journey.Channel;
import io.blueprint.reports.export.ExportFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The checksum lets ops tell that two files, of any formats, describe the same guarantee versions. */
class ChecksumTest {

    private static final Pattern SHA256 = Pattern.compile("\\b[0-9a-f]{64}\\b");

    private static String foundIn(String text) {
        Matcher matcher = SHA256.matcher(text);
        assertThat(matcher.find()).as("a SHA-256 in " + text).isTrue();
        return matcher.group();
    }

    private static String checksumIn(ExportFormat format, GuaranteeExport export) throws IOException {
        ExportFile file = PolicyExporter.write(format, export, Fixtures.KEYS);
        byte[] bytes = file.content();
        return switch (format) {
            // the CSV is nothing but its rows; its checksum goes with it as the X-Guarantees-SHA256 header
            case CSV -> file.checksum();
            case JSON -> foundIn(new String(bytes, StandardCharsets.UTF_8));
            case PDF -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    yield foundIn(new PDFTextStripper().getText(pdf));
                }
            }
            case XLSX -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    StringBuilder text = new StringBuilder();
                    workbook.getSheet("export.sheet.about").forEach(row -> row.forEach(cell ->
                            text.append(new DataFormatter().formatCellValue(cell)).append(' ')));
                    yield foundIn(text.toString());
                }
            }
        };
    }

    @Test
    void everyFormatCarriesTheSameChecksumForTheSameGuarantees() throws IOException {
        GuaranteeExport export = Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund());

        for (ExportFormat format : ExportFormat.values()) {
            assertThat(checksumIn(format, export)).as(format.name()).isEqualTo(export.checksum());
        }
    }

    @Test
    void theChecksumFollowsTheGuaranteesNotTheLanguageOrTheFilter() {
        var versions = List.of(Fixtures.careCall(2, 120), Fixtures.refund());
        GuaranteeExport all = GuaranteeExport.of(ExportFilter.onDay(Fixtures.AS_OF), versions);
        GuaranteeExport filtered = GuaranteeExport.of(
                new ExportFilter(Fixtures.AS_OF.plusDays(1), 1L, "Online store customer care", Channel.PHONE), versions);
        GuaranteeExport earlier = Fixtures.export(Fixtures.careCall(1, 180), Fixtures.refund());

        assertThat(filtered.checksum()).isEqualTo(all.checksum());
        assertThat(PolicyExporter.write(ExportFormat.CSV, all,
                io.blueprint.reports.policy.wording.PolicyLabels.of(java.util.Locale.KOREAN, (key, args) -> "다른 언어 " + key)).checksum())
                .isEqualTo(all.checksum());
        assertThat(earlier.checksum()).isNotEqualTo(all.checksum());
    }
}
