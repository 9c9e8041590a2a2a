package io.blueprint.web.it;

import io.blueprint.schema.DatabaseSchema;
import jakarta.annotation.Resource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations build the whole schema on an empty database, whichever database the suite runs on. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.blueprintWith(SchemaMigrationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/BlueprintDS")
    DataSource dataSource;

    @Test
    void migrationsBuildTheSchemaInAnEmptyDatabase() throws SQLException {
        String schema = "it_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            Flyway flyway = DatabaseSchema.flyway(dataSource, schema);
            assertEquals(0, Arrays.stream(flyway.info().all())
                    .filter(m -> m.getState() == MigrationState.SUCCESS).count(), "the schema starts empty");

            MigrateResult result = flyway.migrate();

            assertTrue(result.success);
            assertTrue(result.migrationsExecuted >= 1, "every migration ran");
            for (MigrationInfo migration : flyway.info().all()) {
                assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
            }
            Set<String> tables = tablesIn(schema);
            assertTrue(tables.containsAll(Set.of("app_user", "app_user_role", "service", "journey", "stage", "step")),
                    "tables: " + tables);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
            }
        }
    }

    @Test
    void theApplicationsOwnSchemaHasNoPendingMigration() {
        MigrationInfo[] pending = DatabaseSchema.flyway(dataSource, null).info().pending();
        assertEquals(0, pending.length, "the deployment migrated its database on start");
    }

    private Set<String> tablesIn(String schema) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
