package io.blueprint.measurement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The changes one batch makes to the daily rollups, summed per key in memory and written at the end
 * of the batch, in its transaction: each key is updated by its deltas, or inserted when it has no row
 * yet. The import holds its service's lock, so no other writer adds the same key meanwhile.
 */
final class Rollups {

    /** One rollup table: its key columns (service, touchpoint code, day, then any others) and counters. */
    enum Table {
        SURVEY_DAY("survey_day", List.of(), List.of("responses", "ces1_responses", "csat_responses", "csat_sum",
                "csat_satisfied", "nps_responses", "nps_promoters", "nps_detractors")),
        SURVEY_DAY_CES("survey_day_ces", List.of("half_points"), List.of("responses")),
        CONTACT_DAY("contact_day", List.of(), List.of("contacts", "wait_seconds_sum", "handle_seconds_sum",
                "transfers_sum", "transferred", "resolved", "abandoned", "repeated", "channel_switches", "resolved_first")),
        CONTACT_DAY_WAIT("contact_day_wait", List.of("wait_seconds"), List.of("contacts")),
        /** The same histogram per calendar month, keyed by the month's first day: what reports over whole months read. */
        CONTACT_MONTH_WAIT("contact_month_wait", "month_start", List.of("wait_seconds"), List.of("contacts")),
        CASE_DAY("case_day", List.of("kind"), List.of("cases", "closed", "duration_seconds_sum"));

        final String name;
        /** The column of the day a row counts: the day itself, or the first day of its month. */
        final String dayColumn;
        final List<String> extraKeys;
        final List<String> counters;

        Table(String name, List<String> extraKeys, List<String> counters) {
            this(name, "on_day", extraKeys, counters);
        }

        Table(String name, String dayColumn, List<String> extraKeys, List<String> counters) {
            this.name = name;
            this.dayColumn = dayColumn;
            this.extraKeys = extraKeys;
            this.counters = counters;
        }

        LocalDate keyOf(LocalDate day) {
            return dayColumn.equals("month_start") ? day.withDayOfMonth(1) : day;
        }
    }

    /** The longest wait the histogram holds exactly; every longer one is counted at one more second. */
    static final int WAIT_EXACT_SECONDS = 3600;

    private record Key(String code, LocalDate day, Object extra) {
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::code).thenComparing(Key::day)
            .thenComparing(key -> key.extra() == null ? "" : key.extra(), Rollups::compareExtra);

    private final long serviceId;
    private final Map<Table, Map<Key, long[]>> deltas = new LinkedHashMap<>();
    private final CustomerSketches customers;

    Rollups(long serviceId) {
        this.serviceId = serviceId;
        this.customers = new CustomerSketches(serviceId);
    }

    /** Counts the customer among those the touchpoint reached that day (see {@link CustomerSketches}). */
    void reached(String code, LocalDate day, String customerHash) {
        customers.reached(code, day, customerHash);
    }

    /** Adds {@code sign} (1 or −1) times the counters to the key's row. */
    void add(Table table, String code, LocalDate day, Object extra, int sign, long... counters) {
        long[] sums = deltas.computeIfAbsent(table, t -> new LinkedHashMap<>())
                .computeIfAbsent(new Key(code, table.keyOf(day), extra), k -> new long[table.counters.size()]);
        for (int i = 0; i < counters.length; i++) {
            sums[i] += sign * counters[i];
        }
    }

    /** Forgets every change not written yet, the customers reached included. */
    void clear() {
        deltas.clear();
        customers.clear();
    }

    void write(Connection connection) throws SQLException {
        for (Map.Entry<Table, Map<Key, long[]>> entry : deltas.entrySet()) {
            write(connection, entry.getKey(), entry.getValue());
        }
        deltas.clear();
        customers.write(connection);
    }

    private void write(Connection connection, Table table, Map<Key, long[]> rows) throws SQLException {
        // in key order, so that the writes walk the table's key index from one end to the other
        List<Map.Entry<Key, long[]>> changed = rows.entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v != 0)).sorted(Map.Entry.comparingByKey(KEY_ORDER))
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        List<String> keys = Stream.concat(Stream.of("service_id", "touchpoint_code", table.dayColumn), table.extraKeys.stream()).toList();
        if (Jdbc.isPostgres(connection)) {
            upsert(connection, table, keys, changed);
            return;
        }
        String update = "UPDATE " + table.name + " SET "
                + table.counters.stream().map(c -> c + " = " + c + " + ?").collect(Collectors.joining(", "))
                + " WHERE " + keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
        List<Map.Entry<Key, long[]>> missing = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Map.Entry<Key, long[]> row : changed) {
                int index = 1;
                for (long value : row.getValue()) {
                    statement.setLong(index++, value);
                }
                bindKey(statement, index, row.getKey());
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    missing.add(changed.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String insert = "INSERT INTO " + table.name + " (" + String.join(", ", keys) + ", "
                + String.join(", ", table.counters) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(keys.size() + table.counters.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (Map.Entry<Key, long[]> row : missing) {
                int index = bindKey(statement, 1, row.getKey());
                for (long value : row.getValue()) {
                    statement.setLong(index++, value);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * PostgreSQL: every key of the table in one statement, the keys and deltas as arrays, added to the row
     * that is there or inserted ({@code ON CONFLICT … DO UPDATE}) — one round trip however many keys a batch touches.
     */
    private void upsert(Connection connection, Table table, List<String> keys, List<Map.Entry<Key, long[]>> rows)
            throws SQLException {
        boolean extra = !table.extraKeys.isEmpty();
        boolean numericExtra = extra && rows.get(0).getKey().extra() instanceof Integer;
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name).append(" AS t (")
                .append(String.join(", ", keys)).append(", ").append(String.join(", ", table.counters))
                .append(") SELECT ?, k.code, CAST(k.day AS date)");
        if (extra) {
            sql.append(", k.extra");
        }
        for (int i = 0; i < table.counters.size(); i++) {
            sql.append(", k.c").append(i);
        }
        sql.append(" FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[])");
        if (extra) {
            sql.append(numericExtra ? ", CAST(? AS int[])" : ", CAST(? AS varchar[])");
        }
        sql.append(", CAST(? AS bigint[])".repeat(table.counters.size())).append(") AS k(code, day");
        if (extra) {
            sql.append(", extra");
        }
        for (int i = 0; i < table.counters.size(); i++) {
            sql.append(", c").append(i);
        }
        sql.append(") ON CONFLICT (").append(String.join(", ", keys)).append(") DO UPDATE SET ")
                .append(table.counters.stream().map(c -> c + " = t." + c + " + EXCLUDED." + c).collect(Collectors.joining(", ")));
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            statement.setLong(index++, serviceId);
            statement.setArray(index++, connection.createArrayOf("varchar", rows.stream().map(r -> r.getKey().code()).toArray()));
            statement.setArray(index++, connection.createArrayOf("varchar", rows.stream().map(r -> r.getKey().day().toString()).toArray()));
            if (extra) {
                statement.setArray(index++, numericExtra
                        ? connection.createArrayOf("int4", rows.stream().map(r -> r.getKey().extra()).toArray())
                        : connection.createArrayOf("varchar", rows.stream().map(r -> r.getKey().extra().toString()).toArray()));
            }
            for (int c = 0; c < table.counters.size(); c++) {
                int counter = c;
                statement.setArray(index++, connection.createArrayOf("int8", rows.stream().map(r -> r.getValue()[counter]).toArray()));
            }
            statement.executeUpdate();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareExtra(Object one, Object other) {
        return ((Comparable) one).compareTo(other);
    }

    private int bindKey(PreparedStatement statement, int index, Key key) throws SQLException {
        statement.setLong(index++, serviceId);
        statement.setString(index++, key.code());
        statement.setObject(index++, key.day());
        if (key.extra() instanceof Integer number) {
            statement.setInt(index++, number);
        } else if (key.extra() != null) {
            statement.setString(index++, key.extra().toString());
        }
        return index;
    }
}
