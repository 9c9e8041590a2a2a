package io.blueprint.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * Plain JDBC on the connection of the current transaction: measured data is written in bulk, set by
 * set, where entities would cost a managed object per row.
 */
@ApplicationScoped
public class Jdbc {

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    public <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::on);
    }

    /** Whether the connection is PostgreSQL's (COPY, {@code ON CONFLICT}); otherwise it is H2. */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, instant.atOffset(java.time.ZoneOffset.UTC));
        }
    }

    static void set(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void set(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static void set(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static Instant instant(java.sql.ResultSet rows, String column) throws SQLException {
        java.time.OffsetDateTime value = rows.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

}
