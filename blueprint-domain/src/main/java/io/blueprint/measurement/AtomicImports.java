package io.blueprint.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs an {@code atomic} import in one transaction: its batches join it, and one rejected row rolls
 * all of them back. Its progress, problems and unknown codes are written apart, so the history and the
 * error report still say what happened.
 */
@ApplicationScoped
public class AtomicImports {

    /** The import had rejected rows: nothing is stored. */
    public static final class Rejected extends RuntimeException {
        private final transient ImportRecords.Counts counts;

        Rejected(ImportRecords.Counts counts) {
            super("atomic import with " + counts.rejected() + " rejected rows", null, false, false);
            this.counts = counts;
        }

        ImportRecords.Counts counts() {
            return counts;
        }
    }

    @Inject
    Jdbc jdbc;

    @Transactional
    public ImportRecords.Counts run(MeasurementImporter.Run run) {
        ImportRecords.Counts counts;
        try {
            counts = run.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counts.rejected() > 0) {
            throw new Rejected(counts);
        }
        ImportRecords.Counts all = counts;
        jdbc.work(connection -> {
            ImportRecords.count(connection, run.importId(), all);
            return null;
        });
        return counts;
    }
}
