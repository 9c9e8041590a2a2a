package io.blueprint.reports.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP (an Office Open XML file) with one fixed time on every entry. POI writes the time
 * of writing into each entry, so two exports a second apart would differ although they say the same.
 * {@link ZipEntry#setTimeLocal} stores the time as it is, so the server's time zone cannot change
 * the bytes either. Entries keep their order.
 */
public final class DeterministicZip {

    private DeterministicZip() {
    }

    public static byte[] rewrite(byte[] zip, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
