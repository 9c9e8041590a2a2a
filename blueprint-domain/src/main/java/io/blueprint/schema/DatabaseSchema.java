package io.blueprint.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

import javax.sql.DataSource;

/**
 * Brings the database to the current schema with the Flyway migrations, then has Hibernate check
 * that every mapped table and column exists as the entities expect. Hibernate never creates schema.
 */
@ApplicationScoped
public class DatabaseSchema {

    /** Where the versioned migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration";

    @PersistenceUnit(unitName = "blueprint")
    EntityManagerFactory entityManagerFactory;

    /** Migrates the default schema of {@code dataSource} and validates the mapping; throws when either fails. */
    public MigrateResult migrateAndValidate(DataSource dataSource) {
        MigrateResult result = flyway(dataSource, null).migrate();
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        return result;
    }

    /** A Flyway set up for Blueprint's migrations, optionally confined to one named schema. */
    public static Flyway flyway(DataSource dataSource, String schema) {
        var configuration = Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .validateMigrationNaming(true)
                .cleanDisabled(true);
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return configuration.load();
    }
}
