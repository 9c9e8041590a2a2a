package io.blueprint.measurement;

import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the rows of one kind are stored: their table and columns, how a row is read back, and what it
 * adds to the rollups. New rows go in by binary {@code COPY} on PostgreSQL (the floor for bulk loading) and
 * by batched inserts on H2; rows already stored are looked up by id, set by set, where a batch is not all new.
 *
 * @param <R> the row as stored (customer hashed, day decided)
 */
abstract class RowStore<R extends RowStore.Stored> {

    /** A row as it is stored. */
    interface Stored {
        String id();
    }

    private static final int LOOKUP_CHUNK = 500;
    /** PostgreSQL's SQLSTATE for a row refused by a unique key. */
    private static final String UNIQUE_VIOLATION = "23505";

    final String table;
    final String idColumn;
    final List<String> columns;

    RowStore(String table, String idColumn, List<String> columns) {
        this.table = table;
        this.idColumn = idColumn;
        this.columns = List.copyOf(columns);
    }

    /** The values of {@link #columns}, in their order. */
    abstract Object[] values(R row);

    /** Writes the values of {@link #columns}, in their order and in their column types, as one binary COPY row's fields. */
    abstract void encode(CopyRows out, R row);

    /** A row read back from a result set holding {@link #idColumn} and {@link #columns}. */
    abstract R read(ResultSet rows) throws SQLException;

    /** Adds ({@code sign} 1) or takes away (−1) the row's share of the rollups. */
    abstract void contribute(Rollups rollups, R row, int sign);

    /** The rows of these ids already stored for the service and source. */
    Map<String, R> existing(Connection connection, long serviceId, String source, List<String> ids) throws SQLException {
        if (Jdbc.isPostgres(connection)) {
            return existingByKey(connection, serviceId, source, ids);
        }
        Map<String, R> found = new HashMap<>();
        for (int start = 0; start < ids.size(); start += LOOKUP_CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + LOOKUP_CHUNK));
            String sql = "SELECT " + idColumn + ", " + String.join(", ", columns) + " FROM " + table
                    + " WHERE service_id = ? AND source = ? AND " + idColumn + " IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, serviceId);
                statement.setString(2, source);
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(3 + i, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        R row = read(rows);
                        found.put(row.id(), row);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The lookup on PostgreSQL: one probe of the unique key per id. The ids come as one array, and the
     * {@code OFFSET 0} keeps the planner from folding the lookup into a join, so every probe uses all three
     * columns of the key even while the table has no statistics yet. (With {@code IN (…)} a table that was
     * never analysed, as while its first million rows come in, gets a plan that reads every row of the
     * source and filters the ids: each batch then costs as much as the rows stored before it.)
     */
    private Map<String, R> existingByKey(Connection connection, long serviceId, String source, List<String> ids)
            throws SQLException {
        Map<String, R> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String sql = "SELECT " + Stream.concat(Stream.of(idColumn), columns.stream()).map(c -> "t." + c)
                .collect(Collectors.joining(", "))
                + " FROM unnest(?) AS k(id) CROSS JOIN LATERAL (SELECT * FROM " + table
                + " WHERE service_id = ? AND source = ? AND " + idColumn + " = k.id OFFSET 0) t";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            java.sql.Array array = connection.createArrayOf("varchar", ids.toArray());
            statement.setArray(1, array);
            statement.setLong(2, serviceId);
            statement.setString(3, source);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    R row = read(rows);
                    found.put(row.id(), row);
                }
            } finally {
                array.free();
            }
        }
        return found;
    }

    void insert(Connection connection, long serviceId, String source, long importId, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> all = Stream.concat(Stream.of("service_id", "source", idColumn, "import_id"), columns.stream()).toList();
        if (Jdbc.isPostgres(connection)) {
            copy(connection, all, serviceId, source, importId, rows);
            return;
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                + String.join(", ", Collections.nCopies(all.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (R row : rows) {
                statement.setLong(1, serviceId);
                statement.setString(2, source);
                statement.setString(3, row.id());
                statement.setLong(4, importId);
                bind(statement, 5, values(row));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * PostgreSQL: inserts the rows as new ones under a savepoint; answers false, with nothing written, when the
     * id of one of them is stored already (the unique key refuses the copy).
     */
    boolean insertAllNew(Connection connection, long serviceId, String source, long importId, List<R> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return true;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT new_rows");
            try {
                insert(connection, serviceId, source, importId, rows);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                statement.execute("ROLLBACK TO SAVEPOINT new_rows");
                statement.execute("RELEASE SAVEPOINT new_rows");
                return false;
            }
            statement.execute("RELEASE SAVEPOINT new_rows");
            return true;
        }
    }

    void update(Connection connection, long serviceId, String source, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + table + " SET " + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + " WHERE service_id = ? AND source = ? AND " + idColumn + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (R row : rows) {
                int index = bind(statement, 1, values(row));
                statement.setLong(index++, serviceId);
                statement.setString(index++, source);
                statement.setString(index, row.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * The rows by binary {@code COPY}: no text for the server to parse, nor for this side to format. They go out
     * a quarter of a megabyte at a time, so that the server stores rows while this side encodes the next.
     */
    private void copy(Connection connection, List<String> all, long serviceId, String source, long importId, List<R> rows)
            throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", all) + ") FROM STDIN (FORMAT binary)";
        CopyIn copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            CopyRows out = new CopyRows(rows.size());
            for (R row : rows) {
                out.row(all.size()).int8(serviceId).text(source).text(row.id()).int8(importId);
                encode(out, row);
                out.flushTo(copy);
            }
            out.sendTo(copy);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static int bind(PreparedStatement statement, int index, Object[] values) throws SQLException {
        for (Object value : values) {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof LocalDate || value instanceof BigDecimal || value instanceof Boolean
                    || value instanceof Integer || value instanceof Long) {
                statement.setObject(index, value);
            } else {
                statement.setString(index, value.toString());
            }
            index++;
        }
        return index;
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        return Jdbc.instant(rows, column);
    }

    static Integer integer(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static BigDecimal money(ResultSet rows, String column) throws SQLException {
        BigDecimal value = rows.getBigDecimal(column);
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
