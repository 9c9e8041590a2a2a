package io.blueprint.measurement;

import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.theta.CompactSketch;
import org.apache.datasketches.theta.SetOperation;
import org.apache.datasketches.theta.Union;
import org.apache.datasketches.theta.UpdateSketch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct customers each touchpoint reached per day, kept as Theta sketches (Apache DataSketches) of
 * their keyed hashes in {@code touchpoint_customers}: a batch adds its rows' customers to the sketches of
 * the days it touches, and a report unions the sketches of a period's days into its distinct customers —
 * exact up to {@value #NOMINAL_ENTRIES} of them, an estimate with a relative error of about 1% beyond.
 * A sketch only grows: a contact replaced by a later copy with another customer leaves the first one in.
 */
public final class CustomerSketches {

    /** Sketch size: the number of distinct customers counted exactly. */
    public static final int NOMINAL_ENTRIES = 16_384;

    private record Key(String code, LocalDate day) {
    }

    /** Keys looked up per statement. */
    private static final int LOOKUP_CHUNK = 500;

    private final long serviceId;
    private final Map<Key, UpdateSketch> added = new LinkedHashMap<>();

    CustomerSketches(long serviceId) {
        this.serviceId = serviceId;
    }

    /** The number of distinct customers in the union of the sketches (each in its stored form). */
    public static double distinct(Iterable<byte[]> sketches) {
        return unionOf(sketches).getEstimate();
    }

    /** Whether {@link #distinct} of these sketches is an exact count rather than an estimate. */
    public static boolean exact(Iterable<byte[]> sketches) {
        return !unionOf(sketches).isEstimationMode();
    }

    private static CompactSketch unionOf(Iterable<byte[]> sketches) {
        Union union = union();
        for (byte[] sketch : sketches) {
            union.union(Memory.wrap(sketch));
        }
        return union.getResult();
    }

    /** A sketch of these customer hashes in stored form, for tests and for rebuilding. */
    public static byte[] of(Iterable<String> customerHashes) {
        UpdateSketch sketch = newSketch();
        customerHashes.forEach(sketch::update);
        return sketch.compact().toByteArray();
    }

    /** Counts the customer (a keyed hash; none for an anonymous row) as reached by the touchpoint that day. */
    void reached(String code, LocalDate day, String customerHash) {
        if (customerHash != null) {
            added.computeIfAbsent(new Key(code, day), k -> newSketch()).update(customerHash);
        }
    }

    /** Forgets the customers not written yet. */
    void clear() {
        added.clear();
    }

    /** Unions the batch's customers into the stored sketches of their days, in the caller's transaction. */
    void write(Connection connection) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        Map<Key, byte[]> stored = stored(connection);
        List<Map.Entry<Key, byte[]>> inserts = new ArrayList<>();
        List<Map.Entry<Key, byte[]>> updates = new ArrayList<>();
        for (Map.Entry<Key, UpdateSketch> entry : added.entrySet()) {
            byte[] before = stored.get(entry.getKey());
            if (before == null) {
                inserts.add(Map.entry(entry.getKey(), entry.getValue().compact().toByteArray()));
            } else {
                Union union = union();
                union.union(Memory.wrap(before));
                union.union(entry.getValue());
                CompactSketch after = union.getResult();
                updates.add(Map.entry(entry.getKey(), after.toByteArray()));
            }
        }
        store(connection, "INSERT INTO touchpoint_customers (sketch, service_id, touchpoint_code, on_day) VALUES (?, ?, ?, ?)", inserts);
        store(connection, "UPDATE touchpoint_customers SET sketch = ? WHERE service_id = ? AND touchpoint_code = ? AND on_day = ?", updates);
        added.clear();
    }

    private Map<Key, byte[]> stored(Connection connection) throws SQLException {
        Map<Key, byte[]> stored = new HashMap<>();
        List<Key> keys = new ArrayList<>(added.keySet());
        for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
            List<Key> chunk = keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK));
            String sql = "SELECT touchpoint_code, on_day, sketch FROM touchpoint_customers WHERE service_id = ?"
                    + " AND (touchpoint_code, on_day) IN (" + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                statement.setLong(index++, serviceId);
                for (Key key : chunk) {
                    statement.setString(index++, key.code());
                    statement.setObject(index++, key.day());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        stored.put(new Key(rows.getString(1), rows.getObject(2, LocalDate.class)), rows.getBytes(3));
                    }
                }
            }
        }
        return stored;
    }

    private void store(Connection connection, String sql, List<Map.Entry<Key, byte[]>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map.Entry<Key, byte[]> row : rows) {
                statement.setBytes(1, row.getValue());
                statement.setLong(2, serviceId);
                statement.setString(3, row.getKey().code());
                statement.setObject(4, row.getKey().day());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static UpdateSketch newSketch() {
        return UpdateSketch.builder().setNominalEntries(NOMINAL_ENTRIES).build();
    }

    private static Union union() {
        return SetOperation.builder().setNominalEntries(NOMINAL_ENTRIES).buildUnion();
    }
}
