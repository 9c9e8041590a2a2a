package io.blueprint.reports.export;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * The bytes of a workbook export, the same for the same contents: POI stamps "created" and every ZIP entry with
 * the time of writing, so both get the one day the export is about instead (see {@link DeterministicZip}).
 */
public final class XlsxFile {

    private XlsxFile() {
    }

    /** Writes the workbook with its title, Blueprint as its creator and {@code day} as its only date. */
    public static byte[] bytes(XSSFWorkbook workbook, String title, LocalDate day) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC))));
            core.setCreator("Blueprint");
            core.setTitle(title);
            workbook.write(out);
            return DeterministicZip.rewrite(out.toByteArray(), day.atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
