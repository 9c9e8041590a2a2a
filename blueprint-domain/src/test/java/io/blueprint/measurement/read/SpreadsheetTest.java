package io.blueprint.measurement.read;

import io.blueprint.measurement.ContactRecord;
import io.blueprint.measurement.MeasureKind;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static io.blueprint.measurement.read.Files.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spreadsheets as ops save them: generated with POI's streaming writer, read back as a stream. */
class SpreadsheetTest {

    @TempDir
    Path dir;

    /** A notes sheet first, then contact events with a date cell, a text date, big numbers and a time-of-day duration. */
    private Path workbook() throws IOException {
        Path file = dir.resolve("contacts.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("exported by the call center");
            Sheet sheet = workbook.createSheet("Contacts");
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle duration = workbook.createCellStyle();
            duration.setDataFormat(workbook.createDataFormat().getFormat("h:mm:ss"));
            Row header = sheet.createRow(0);
            List<String> fields = MeasureKind.CONTACT_EVENT.fields();
            for (int i = 0; i < fields.size(); i++) {
                header.createCell(i).setCellValue(fields.get(i));
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("C-1");
            first.createCell(1).setCellValue("010-1234-5678");
            first.createCell(2).setCellValue("RET-CALL-01");
            first.createCell(3).setCellValue(LocalDateTime.of(2026, 3, 4, 9, 15));
            first.getCell(3).setCellStyle(dateTime);
            first.createCell(4).setCellValue("PHONE");
            first.createCell(5).setCellValue(95.0);
            first.createCell(6).setCellValue(330.0 / 86_400);
            first.getCell(6).setCellStyle(duration);
            first.createCell(7).setCellValue(1);
            first.createCell(8).setCellValue("Y");
            first.createCell(9).setCellValue(false);
            first.createCell(11).setCellValue(10_000_000.0);
            first.createCell(12).setCellValue("KRW");
            // row 3 left out: the sheet has a gap; row 4 has its time as text
            Row later = sheet.createRow(3);
            later.createCell(0).setCellValue("C-2");
            later.createCell(2).setCellValue("RET-CALL-01");
            later.createCell(3).setCellValue("3/4/2026 9:15");
            later.createCell(11).setCellValue(12.5);
            later.createCell(12).setCellValue("USD");
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }

    private static Table open(Path file, ReadOptions options) throws IOException {
        return Tables.open(java.nio.file.Files.newInputStream(file), options);
    }

    @Test
    void cellsAreTextAsTheImportReadsThem() throws Exception {
        Path file = workbook();
        try (Table table = open(file, ReadOptions.detect().withSheet("Contacts"))) {
            FileDescription description = table.description();
            assertThat(description.type()).isEqualTo(FileType.XLSX);
            assertThat(description.sheets()).containsExactly("Notes", "Contacts");
            assertThat(description.sheet()).isEqualTo("Contacts");
            assertThat(description.layout()).isEqualTo(Layout.BLUEPRINT);
            assertThat(description.encoding()).isNull();
            List<SourceRow> rows = rows(table);
            assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L);
            assertThat(rows.get(0).cells()).startsWith("C-1", "010-1234-5678", "RET-CALL-01", "2026-03-04T09:15:00",
                    "PHONE", "95", "0:05:30", "1", "Y", "FALSE", "", "10000000", "KRW");
            assertThat(rows.get(1).cell(4)).isEqualTo("3/4/2026 9:15");
            assertThat(rows.get(1).cell(12)).isEqualTo("12.5");
        }
    }

    @Test
    void spreadsheetRowsMapLikeCsvRows() throws Exception {
        try (Table table = open(workbook(), ReadOptions.detect().withSheet("Contacts"))) {
            RowMapper mapper = new RowMapper(MeasureKind.CONTACT_EVENT,
                    ColumnMapping.detect(MeasureKind.CONTACT_EVENT, table.description(), table.columns()),
                    table.columns(), ZoneId.of("Asia/Seoul"),
                    Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), CesLabels.defaults());
            List<ContactRecord> contacts = rows(table).stream().map(mapper::map)
                    .peek(m -> assertThat(m.problems()).isEmpty()).map(m -> (ContactRecord) m.row()).toList();
            ContactRecord first = contacts.get(0);
            assertThat(first.startedAt()).isEqualTo(Instant.parse("2026-03-04T00:15:00Z"));
            assertThat(first.waitSeconds()).isEqualTo(95);
            assertThat(first.handleSeconds()).isEqualTo(330);
            assertThat(first.transfers()).isEqualTo(1);
            assertThat(first.resolved()).isTrue();
            assertThat(first.abandoned()).isFalse();
            assertThat(first.orderValue()).isEqualByComparingTo("10000000");
            assertThat(contacts.get(1).startedAt()).isEqualTo(Instant.parse("2026-03-04T00:15:00Z"));
            assertThat(contacts.get(1).currency()).isEqualTo("USD");
        }
    }

    @Test
    void theFirstSheetIsReadUnlessOneIsChosenAndAnUnknownSheetIsRefused() throws Exception {
        Path file = workbook();
        try (Table table = open(file, ReadOptions.detect())) {
            assertThat(table.description().sheet()).isEqualTo("Notes");
            assertThat(table.columns()).extracting(Column::id).containsExactly("exported by the call center");
        }
        assertThatThrownBy(() -> open(file, ReadOptions.detect().withSheet("Calls")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(UnreadableFileException.NO_SHEET);
                    assertThat(e.getArguments()).containsExactly(0L, "Calls");
                });
    }

    @Test
    void aDamagedSpreadsheetIsRefused() {
        byte[] damaged = "PK\u0003\u0004 this is no zip at all".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Files.open(damaged, ReadOptions.detect()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo(UnreadableFileException.SPREADSHEET));
    }
}
