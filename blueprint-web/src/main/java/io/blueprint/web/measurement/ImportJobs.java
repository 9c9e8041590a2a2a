package io.blueprint.web.measurement;

import io.blueprint.measurement.MeasurementImporter;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports that run in the background, so that the page that started one stays usable and shows its
 * progress (read from the import's history entry, which any page load finds again). The file is the
 * job's to delete when it ends.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    MeasurementImporter importer;

    @Inject
    Uploads uploads;

    /** Starts the import (refusing at once what needs no reading) and answers its number while it runs on. */
    public long submit(MeasurementImporter.Request request, Path file) {
        long id;
        try {
            id = importer.begin(request, file);
        } catch (RuntimeException e) {
            uploads.delete(file);
            throw e;
        }
        executor.submit(() -> {
            try {
                importer.complete(id, request, file);
            } catch (RuntimeException e) {
                // the history says why (a file that cannot be read, a failure); the log keeps the rest
                LOG.log(Level.FINE, "Import " + id + " ended with a refusal", e);
            } finally {
                uploads.delete(file);
            }
        });
        return id;
    }
}
