package io.blueprint.web.measurement;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files on their way into an import: written to a temporary file as they arrive (the request body is
 * counted against its limit while it streams, so nothing is held in memory), deleted when the import ends.
 */
@ApplicationScoped
public class Uploads {

    private static final Logger LOG = Logger.getLogger(Uploads.class.getName());
    private static final int NAME_MAX = 255;

    public Path spool(InputStream body) {
        try {
            Path file = Files.createTempFile("blueprint-import-", ".upload");
            try (InputStream in = body) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                delete(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the upload " + file, e);
        }
    }

    /** A file name as the history shows it: its last path part, at most 255 characters; null for none. */
    public static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String last = name.strip().replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        return last.length() > NAME_MAX ? last.substring(0, NAME_MAX) : last;
    }
}
