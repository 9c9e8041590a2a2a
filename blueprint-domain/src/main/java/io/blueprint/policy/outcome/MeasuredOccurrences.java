package io.blueprint.policy.outcome;

import io.blueprint.measurement.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the occurrences a guarantee's readings measure at its touchpoints, from the measured rows themselves:
 * a breach is priced per contact or case (its own wait, its own order value, its own customer), which no sum
 * can replace. The rows are found through the touchpoint indexes ({@code ix_contact_touchpoint},
 * {@code ix_case_touchpoint}): a guarantee's touchpoints over months, not the whole table.
 */
@ApplicationScoped
public class MeasuredOccurrences {

    /** The most touchpoints one guarantee may name in a read (a guarantee links at most 20). */
    static final int MAX_CODES = 100;

    @Inject
    Jdbc jdbc;

    /** Feeds every occurrence of {@code reading} at {@code codes} of the service from {@code from} to {@code to}. */
    public void read(long serviceId, Collection<String> codes, Reading reading, LocalDate from, LocalDate to,
                     Consumer<Occurrence> sink) {
        if (codes.isEmpty()) {
            return;
        }
        if (codes.size() > MAX_CODES) {
            throw new IllegalArgumentException("at most " + MAX_CODES + " touchpoints per read");
        }
        jdbc.work(connection -> {
            read(connection, serviceId, List.copyOf(codes), reading, from, to, sink);
            return null;
        });
    }

    static void read(Connection connection, long serviceId, List<String> codes, Reading reading, LocalDate from,
                     LocalDate to, Consumer<Occurrence> sink) throws SQLException {
        String in = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
        String sql = switch (reading) {
            case CONTACT_WAIT, CONTACT_TRANSFERS -> "SELECT e.touchpoint_code, e.on_day, e.started_at, e.wait_seconds, e.transfers, "
                    + "e.order_value, e.currency, e.customer_hash FROM contact_event e";
            case CONTACT_RESOLUTION -> "SELECT e.touchpoint_code, e.on_day, e.started_at, e.resolved_at, e.order_value, e.currency, "
                    + "e.customer_hash FROM contact_event e";
            case CONTACT_REPEAT -> "SELECT e.touchpoint_code, e.on_day, e.started_at, CASE WHEN e.customer_hash IS NOT NULL AND EXISTS ("
                    + "SELECT 1 FROM contact_event n WHERE n.journey_id = e.journey_id "
                    + "AND n.customer_hash = e.customer_hash AND n.started_at > e.started_at "
                    + "AND n.started_at <= e.started_at + INTERVAL '168' HOUR) THEN 1 ELSE 0 END AS repeated, "
                    + "e.order_value, e.currency, e.customer_hash FROM contact_event e";
            default -> "SELECT e.touchpoint_code, e.on_day, e.opened_at, e.closed_at, e.order_value, e.currency, e.customer_hash "
                    + "FROM service_case e";
        };
        sql += " WHERE e.service_id = ? AND e.touchpoint_code IN (" + in + ") AND e.on_day BETWEEN ? AND ?";
        if (reading == Reading.CONTACT_RESOLUTION) {
            sql += " AND e.resolved_at IS NOT NULL";
        } else if (reading.caseKind() != null) {
            sql += " AND e.kind = ? AND e.closed_at IS NOT NULL";
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setLong(index++, serviceId);
            for (String code : codes) {
                statement.setString(index++, code);
            }
            statement.setObject(index++, from);
            statement.setObject(index++, to);
            if (reading.caseKind() != null) {
                statement.setString(index, reading.caseKind().name());
            }
            statement.setFetchSize(5_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(occurrence(reading, rows));
                }
            }
        }
    }

    private static Occurrence occurrence(Reading reading, ResultSet rows) throws SQLException {
        String code = rows.getString(1);
        LocalDate day = rows.getObject(2, LocalDate.class);
        Instant start = rows.getObject(3, OffsetDateTime.class).toInstant();
        return switch (reading) {
            case CONTACT_WAIT -> Occurrence.timed(reading, code, day, start, start.plusSeconds(rows.getInt(4)),
                    rows.getBigDecimal(6), rows.getString(7), rows.getString(8));
            case CONTACT_TRANSFERS -> Occurrence.counted(reading, code, day, start, rows.getInt(5),
                    rows.getBigDecimal(6), rows.getString(7), rows.getString(8));
            case CONTACT_REPEAT -> Occurrence.counted(reading, code, day, start, rows.getInt(4),
                    rows.getBigDecimal(5), rows.getString(6), rows.getString(7));
            default -> Occurrence.timed(reading, code, day, start, rows.getObject(4, OffsetDateTime.class).toInstant(),
                    rows.getBigDecimal(5), rows.getString(6), rows.getString(7));
        };
    }
}
