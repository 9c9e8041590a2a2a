package io.blueprint.measurement;

import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The history of imports: each import's row, written in transactions of its own so that the history
 * and the progress are visible while the import runs (and stay when an {@code atomic} import's rows
 * are rolled back), and its error report.
 */
@ApplicationScoped
public class ImportRecords {

    /** What is known of an import when it starts. */
    public record Start(MeasureKind kind, long serviceId, String source, String fileName, ImportMode mode, String actor,
                        Long fileBytes) {
    }

    /** Counts one batch adds to an import. */
    record Counts(long read, long stored, long updated, long duplicates, long rejected) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(read + other.read, stored + other.stored, updated + other.updated,
                    duplicates + other.duplicates, rejected + other.rejected);
        }
    }

    private static final String COLUMNS = "id, kind, service_id, source, file_name, mode, status, actor, started_at,"
            + " finished_at, rows_read, rows_stored, rows_updated, rows_duplicate, rows_rejected, progress_rows,"
            + " rows_total, file_bytes, encoding, separator, header_rows, layout, failure, failure_line";

    @Inject
    Jdbc jdbc;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long start(Start start, Instant now) {
        return jdbc.work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO measurement_import (kind, service_id,"
                    + " source, file_name, mode, status, actor, started_at, file_bytes, node, heartbeat_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, start.kind().name());
                insert.setLong(2, start.serviceId());
                insert.setString(3, start.source());
                Jdbc.set(insert, 4, start.fileName());
                insert.setString(5, start.mode().name());
                insert.setString(6, ImportStatus.RUNNING.name());
                insert.setString(7, start.actor());
                Jdbc.set(insert, 8, now);
                Jdbc.set(insert, 9, start.fileBytes());
                insert.setString(10, ClusterNode.name());
                Jdbc.set(insert, 11, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Gives the service its lock row, once; a concurrent first import may win the race, which is as good. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensureLock(long serviceId) {
        jdbc.work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO measurement_lock (service_id)"
                    + " SELECT id FROM service WHERE id = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM measurement_lock WHERE service_id = ?)")) {
                insert.setLong(1, serviceId);
                insert.setLong(2, serviceId);
                return insert.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void describe(long id, String encoding, String separator, Integer headerRows, String layout, Long rowsTotal) {
        jdbc.work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE measurement_import SET encoding = ?,"
                    + " separator = ?, header_rows = ?, layout = ?, rows_total = ? WHERE id = ?")) {
                Jdbc.set(update, 1, encoding);
                Jdbc.set(update, 2, separator);
                Jdbc.set(update, 3, headerRows);
                Jdbc.set(update, 4, layout);
                Jdbc.set(update, 5, rowsTotal);
                update.setLong(6, id);
                return update.executeUpdate();
            }
        });
    }

    /** Progress of an {@code atomic} import, whose counts are written only with its one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long id, long rows) {
        jdbc.work(connection -> progress(connection, id, rows));
    }

    /** Problems and unknown codes of an {@code atomic} import: kept even when its rows are rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void note(long id, List<RowProblem> problems, Map<String, Long> unknownCodes) {
        jdbc.work(connection -> {
            note(connection, id, problems, unknownCodes);
            return null;
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long id, ImportStatus status, Counts counts, String failure, Long failureLine, Instant now) {
        jdbc.work(connection -> {
            if (counts != null) {
                count(connection, id, counts);
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE measurement_import SET status = ?,"
                    + " finished_at = ?, failure = ?, failure_line = ?, progress_rows = rows_read WHERE id = ?")) {
                update.setString(1, status.name());
                Jdbc.set(update, 2, now);
                Jdbc.set(update, 3, failure);
                Jdbc.set(update, 4, failureLine);
                update.setLong(5, id);
                return update.executeUpdate();
            }
        });
    }

    /**
     * At start-up: the imports this node was running when it stopped, and those of any node that has not beaten
     * for {@code silence} ({@link #beat}), will not finish. A live node's imports are left alone.
     */
    @Transactional
    public int interruptAtStart(String node, Instant now, Duration silence) {
        return interrupt("(node = ? OR node IS NULL OR heartbeat_at IS NULL OR heartbeat_at < ?)", node, now, silence);
    }

    /** On every beat: the imports of another node that has not beaten for {@code silence} (it crashed) will not finish. */
    @Transactional
    public int interruptAbandoned(String node, Instant now, Duration silence) {
        return interrupt("node <> ? AND heartbeat_at < ?", node, now, silence);
    }

    private int interrupt(String which, String node, Instant now, Duration silence) {
        return jdbc.work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE measurement_import SET status = ?,"
                    + " finished_at = ?, progress_rows = rows_read WHERE status = ? AND " + which)) {
                update.setString(1, ImportStatus.INTERRUPTED.name());
                Jdbc.set(update, 2, now);
                update.setString(3, ImportStatus.RUNNING.name());
                update.setString(4, node);
                Jdbc.set(update, 5, now.minus(silence));
                return update.executeUpdate();
            }
        });
    }

    /** This node still runs its running imports: said every few seconds while the node is up. */
    @Transactional
    public int beat(String node, Instant now) {
        return jdbc.work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE measurement_import SET heartbeat_at = ?"
                    + " WHERE status = ? AND node = ?")) {
                Jdbc.set(update, 1, now);
                update.setString(2, ImportStatus.RUNNING.name());
                update.setString(3, node);
                return update.executeUpdate();
            }
        });
    }

    @Transactional
    public Optional<ImportSummary> find(long id) {
        return jdbc.work(connection -> {
            List<ImportSummary> found = select(connection, " WHERE id = ?", List.of(id), 1, 0);
            return found.stream().findFirst();
        });
    }

    public ImportSummary get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("import.notFound", id));
    }

    /** The history, newest first. */
    @Transactional
    public List<ImportSummary> history(int limit, int offset) {
        return jdbc.work(connection -> select(connection, "", List.of(), limit, offset));
    }

    @Transactional
    public long count() {
        return jdbc.work(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM measurement_import")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Unknown codes over every import of a service, most named first: what the designers have to add. */
    @Transactional
    public List<ImportSummary.UnknownCode> unknownCodes(long serviceId) {
        return jdbc.work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT u.code, SUM(u.row_count) AS n"
                    + " FROM import_unknown_code u JOIN measurement_import i ON i.id = u.import_id"
                    + " WHERE i.service_id = ? AND NOT EXISTS (SELECT 1 FROM touchpoint t WHERE t.service_id = i.service_id"
                    + " AND t.code = u.code) GROUP BY u.code ORDER BY n DESC, u.code")) {
                statement.setLong(1, serviceId);
                List<ImportSummary.UnknownCode> codes = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        codes.add(new ImportSummary.UnknownCode(rows.getString(1), rows.getLong(2)));
                    }
                }
                return codes;
            }
        });
    }

    /** The error report's lines in order of line. */
    @Transactional
    public void problems(long id, Consumer<RowProblem> sink) {
        jdbc.work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT line, column_name, cell, reason, arguments"
                    + " FROM import_problem WHERE import_id = ? ORDER BY line, id")) {
                statement.setLong(1, id);
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(new RowProblem(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                ProblemArguments.parse(rows.getString(5))));
                    }
                }
            }
            return null;
        });
    }

    static int progress(Connection connection, long id, long rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE measurement_import SET progress_rows = ? WHERE id = ?")) {
            update.setLong(1, rows);
            update.setLong(2, id);
            return update.executeUpdate();
        }
    }

    static void count(Connection connection, long id, Counts counts) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE measurement_import SET rows_read = rows_read + ?,"
                + " rows_stored = rows_stored + ?, rows_updated = rows_updated + ?, rows_duplicate = rows_duplicate + ?,"
                + " rows_rejected = rows_rejected + ? WHERE id = ?")) {
            update.setLong(1, counts.read());
            update.setLong(2, counts.stored());
            update.setLong(3, counts.updated());
            update.setLong(4, counts.duplicates());
            update.setLong(5, counts.rejected());
            update.setLong(6, id);
            update.executeUpdate();
        }
    }

    static void note(Connection connection, long id, List<RowProblem> problems, Map<String, Long> unknownCodes)
            throws SQLException {
        if (!problems.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_problem (import_id, line,"
                    + " column_name, cell, reason, arguments) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (RowProblem problem : problems) {
                    insert.setLong(1, id);
                    insert.setLong(2, problem.line());
                    insert.setString(3, cut(problem.column(), 200));
                    insert.setString(4, problem.value());
                    insert.setString(5, problem.reason());
                    insert.setString(6, cut(ProblemArguments.format(problem.arguments()), 400));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        for (Map.Entry<String, Long> code : unknownCodes.entrySet()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE import_unknown_code SET row_count = row_count + ? WHERE import_id = ? AND code = ?")) {
                update.setLong(1, code.getValue());
                update.setLong(2, id);
                update.setString(3, cut(code.getKey(), 60));
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO import_unknown_code (import_id, code, row_count) VALUES (?, ?, ?)")) {
                        insert.setLong(1, id);
                        insert.setString(2, cut(code.getKey(), 60));
                        insert.setLong(3, code.getValue());
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }

    private static List<ImportSummary> select(Connection connection, String where, List<Object> parameters, int limit,
                                              int offset) throws SQLException {
        List<ImportSummary> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM measurement_import"
                + where + " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")) {
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            statement.setInt(index++, limit);
            statement.setInt(index, offset);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(summary(rows));
                }
            }
        }
        for (int i = 0; i < found.size(); i++) {
            found.set(i, withCodes(connection, found.get(i)));
        }
        return found;
    }

    private static ImportSummary summary(ResultSet rows) throws SQLException {
        long rowsTotal = rows.getLong("rows_total");
        Long total = rows.wasNull() ? null : rowsTotal;
        long fileBytes = rows.getLong("file_bytes");
        Long bytes = rows.wasNull() ? null : fileBytes;
        int headerRows = rows.getInt("header_rows");
        Integer header = rows.wasNull() ? null : headerRows;
        long failureLine = rows.getLong("failure_line");
        Long line = rows.wasNull() ? null : failureLine;
        return new ImportSummary(rows.getLong("id"), MeasureKind.valueOf(rows.getString("kind")), rows.getLong("service_id"),
                rows.getString("source"), rows.getString("file_name"), ImportMode.valueOf(rows.getString("mode")),
                ImportStatus.valueOf(rows.getString("status")), rows.getString("actor"), Jdbc.instant(rows, "started_at"),
                Jdbc.instant(rows, "finished_at"), rows.getLong("rows_read"), rows.getLong("rows_stored"),
                rows.getLong("rows_updated"), rows.getLong("rows_duplicate"), rows.getLong("rows_rejected"),
                rows.getLong("progress_rows"), total, bytes, rows.getString("encoding"),
                rows.getString("separator"), header, rows.getString("layout"), List.of(), rows.getString("failure"), line);
    }

    private static ImportSummary withCodes(Connection connection, ImportSummary summary) throws SQLException {
        List<ImportSummary.UnknownCode> codes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT code, row_count FROM import_unknown_code WHERE import_id = ? ORDER BY row_count DESC, code")) {
            statement.setLong(1, summary.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(new ImportSummary.UnknownCode(rows.getString(1), rows.getLong(2)));
                }
            }
        }
        return summary.withUnknownCodes(codes);
    }

}
