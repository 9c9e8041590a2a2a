import io.blueprint.measurement.CustomerSketches;
import org.apache.datasketches.theta.UpdateSketch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The report benchmark's customer sketches: {@code touchpoint_customers} of the given services built from their raw
 * rows, one Theta sketch per touchpoint and day of the customers its survey responses and contact events name — what
 * the importer's {@code CustomerSketches} writes (the same nominal entries and seed, compact and ordered), which SQL
 * cannot compute. Run with the source launcher: {@code java -cp JARS Sketches.java URL USER PASSWORD SERVICE…}.
 */
public final class Sketches {

    private record Key(long service, String code, LocalDate day) {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0] + "?reWriteBatchedInserts=true", args[1], args[2])) {
            connection.setAutoCommit(false);
            Long[] services = new Long[args.length - 3];
            for (int i = 3; i < args.length; i++) {
                services[i - 3] = Long.parseLong(args[i]);
            }
            Map<Key, UpdateSketch> sketches = new HashMap<>();
            long rows = 0;
            for (String table : new String[]{"survey_response", "contact_event"}) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT service_id, touchpoint_code, on_day, customer_hash FROM "
                        + table + " WHERE service_id = ANY(?) AND customer_hash IS NOT NULL")) {
                    statement.setArray(1, connection.createArrayOf("int8", services));
                    statement.setFetchSize(50_000);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            sketches.computeIfAbsent(new Key(result.getLong(1), result.getString(2), result.getObject(3, LocalDate.class)),
                                    k -> UpdateSketch.builder().setNominalEntries(CustomerSketches.NOMINAL_ENTRIES).build())
                                    .update(result.getString(4));
                            rows++;
                        }
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM touchpoint_customers WHERE service_id = ANY(?)")) {
                delete.setArray(1, connection.createArrayOf("int8", services));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO touchpoint_customers (service_id, touchpoint_code, on_day, sketch) VALUES (?, ?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<Key, UpdateSketch> entry : sketches.entrySet()) {
                    insert.setLong(1, entry.getKey().service());
                    insert.setString(2, entry.getKey().code());
                    insert.setObject(3, entry.getKey().day());
                    insert.setBytes(4, entry.getValue().compact().toByteArray());
                    insert.addBatch();
                    if (++pending == 2_000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            System.out.printf("%d sketches of %d rows with a customer%n", sketches.size(), rows);
        }
    }
}
