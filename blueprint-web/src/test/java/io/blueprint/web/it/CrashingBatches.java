package io.blueprint.web.it;

import io.blueprint.measurement.MeasurementImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Only in the test deployment: an import from a source named {@code crash-in-batch-N…} fails inside
 * its N-th batch, after the batch's rows, rollups and repeat flags are written and before it commits,
 * as a server killed at that moment would. It crashes once per source: running the import again completes it.
 */
@ApplicationScoped
public class CrashingBatches {

    static final String PREFIX = "crash-in-batch-";

    /** Each source crashes once: the run after it completes. */
    private final java.util.Set<String> crashed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void onBatch(@Observes MeasurementImporter.BatchWritten batch) {
        if (batch.source().startsWith(PREFIX)) {
            int at = Integer.parseInt(batch.source().substring(PREFIX.length(), PREFIX.length() + 1));
            if (batch.batchNumber() == at && crashed.add(batch.source())) {
                throw new IllegalStateException("simulated crash inside batch " + at);
            }
        }
    }
}
