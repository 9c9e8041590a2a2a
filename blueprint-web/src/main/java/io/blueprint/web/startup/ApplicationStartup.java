package io.blueprint.web.startup;

import io.blueprint.measurement.ImportRecords;
import io.blueprint.schema.DatabaseSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
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

    @Resource(lookup = "java:jboss/datasources/BlueprintDS")
    DataSource dataSource;

    @Inject
    DatabaseSchema schema;

    @Inject
    DemoData demoData;

    @Inject
    ImportRecords imports;

    @Inject
    DemoMeasurements demoMeasurements;

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

    void onStart(@Observes Startup startup) {
        MigrateResult result = schema.migrateAndValidate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, on " + result.database + ")");
        int interrupted = imports.interruptRunning(java.time.Instant.now());
        if (interrupted > 0) {
            LOG.warning(interrupted + " imports were running when the server stopped: they are marked interrupted;"
                    + " their committed batches stay, and running them again completes them.");
        }
        DemoSeeding demo = DemoSeeding.decide(databaseKind, seedAsked, passwordChangeAsked);
        if (demo.seed()) {
            demoData.seedIfEmpty(demo.passwordChange(), DemoLanguage.of(demoLanguage));
            demoMeasurements.seedIfEmpty(DemoLanguage.of(demoLanguage));
        } else {
            LOG.info("No demo data: the database is " + databaseKind + " (set BLUEPRINT_DEMO_SEED=true to seed it).");
        }
    }
}
