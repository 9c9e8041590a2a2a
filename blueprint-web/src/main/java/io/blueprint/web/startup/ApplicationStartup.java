package io.blueprint.web.startup;

import io.blueprint.schema.DatabaseSchema;
import io.blueprint.web.measurement.ImportHeartbeat;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Before Blueprint serves anything: migrate the schema, check the mapping against it, and seed
 * demo data into an empty database. A failure here fails the deployment, so a broken schema is
 * never served.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());
    /** The advisory lock the demo seeding holds on PostgreSQL ("BPSEED" in ASCII). */
    private static final long SEEDING_LOCK = 0x425053454544L;

    @Resource(lookup = "java:jboss/datasources/BlueprintDS")
    DataSource dataSource;

    @Inject
    DatabaseSchema schema;

    @Inject
    DemoData demoData;

    @Inject
    ImportHeartbeat importHeartbeat;

    @Inject
    DemoMeasurements demoMeasurements;

    @Inject
    io.blueprint.web.live.LiveSignals liveSignals;

    @Inject
    @ConfigProperty(name = "blueprint.db.kind", defaultValue = DemoSeeding.EMBEDDED)
    String databaseKind;

    @Inject
    @ConfigProperty(name = "blueprint.demo.seed")
    Optional<Boolean> seedAsked;

    @Inject
    @ConfigProperty(name = "blueprint.demo.password-change")
    Optional<Boolean> passwordChangeAsked;

    @Inject
    @ConfigProperty(name = "blueprint.demo.language", defaultValue = "ko")
    String demoLanguage;

    /**
     * Runs {@code work} while holding a PostgreSQL advisory lock, so that nodes starting together take turns: the
     * first seeds, the next finds the data there. The embedded H2 database belongs to one node and needs no lock.
     */
    private void oncePerCluster(long lock, Runnable work) {
        if (!"postgresql".equals(databaseKind)) {
            work.run();
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement take = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                take.setLong(1, lock);
                take.execute();
            }
            try {
                work.run();
            } finally {
                try (PreparedStatement release = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    release.setLong(1, lock);
                    release.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock " + lock + " in the database", e);
        }
    }

    void onStart(@Observes Startup startup) {
        MigrateResult result = schema.migrateAndValidate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, on " + result.database + ")");
        int interrupted = importHeartbeat.start();
        if (interrupted > 0) {
            LOG.warning(interrupted + " imports were running when this node (or another that stopped) went down: they"
                    + " are marked interrupted; their committed batches stay, and running them again completes them.");
        }
        liveSignals.start();
        DemoSeeding demo = DemoSeeding.decide(databaseKind, seedAsked, passwordChangeAsked);
        if (demo.seed()) {
            oncePerCluster(SEEDING_LOCK, () -> {
                demoData.seedIfEmpty(demo.passwordChange(), DemoLanguage.of(demoLanguage));
                demoMeasurements.seedIfEmpty(DemoLanguage.of(demoLanguage));
            });
        } else {
            LOG.info("No demo data: the database is " + databaseKind + " (set BLUEPRINT_DEMO_SEED=true to seed it).");
        }
    }
}
