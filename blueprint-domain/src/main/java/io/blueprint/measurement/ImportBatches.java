package io.blueprint.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores one batch of rows in one transaction, with everything that depends on them: the rollups, the
 * repeat flags of the contacts they touch, and (in {@code partial} mode) the import's counts and error
 * report. A server killed in the middle leaves the batch either whole or not there at all.
 */
@ApplicationScoped
public class ImportBatches {

    /**
     * One batch of an import.
     *
     * @param bookkeeping whether the import's counts, problems and progress are written with the rows
     *                    ({@code partial}); an {@code atomic} import writes them apart
     * @param history     the contacts the import stored in its earlier batches (contact imports only, else null)
     */
    record Batch(long importId, long serviceId, String source, MeasureKind kind, List<? extends RowStore.Stored> rows,
                 List<RowProblem> problems, Map<String, Long> unknownCodes, long read, long rejected, long progressRows,
                 boolean bookkeeping, int number, ContactHistory history) {
    }

    private static final SurveyStore SURVEYS = new SurveyStore();
    private static final ContactStore CONTACTS = new ContactStore();
    private static final CaseStore CASES = new CaseStore();

    @Inject
    Jdbc jdbc;

    @Inject
    Event<MeasurementImporter.BatchWritten> written;

    /** Joins the caller's transaction ({@code atomic}) or runs in one of its own ({@code partial}). */
    @Transactional
    public ImportRecords.Counts store(Batch batch) {
        return jdbc.work(connection -> {
            if (batch.bookkeeping() && Jdbc.isPostgres(connection)) {
                commitWithoutWaiting(connection);
            }
            long batches = lock(connection, batch.serviceId());
            if (batch.history() != null) {
                batch.history().batchStarts(batches);
            }
            Rollups rollups = new Rollups(batch.serviceId());
            ImportRecords.Counts counts = switch (batch.kind()) {
                case SURVEY_RESPONSE -> write(connection, SURVEYS, batch, rollups);
                case SERVICE_CASE -> write(connection, CASES, batch, rollups);
                case CONTACT_EVENT -> write(connection, CONTACTS, batch, rollups);
            };
            rollups.write(connection);
            if (batch.history() != null) {
                batch.history().batchStored(batches + 1);
            }
            written.fire(new MeasurementImporter.BatchWritten(batch.importId(), batch.source(), batch.number()));
            ImportRecords.Counts all = new ImportRecords.Counts(batch.read(), counts.stored(), counts.updated(),
                    counts.duplicates(), batch.rejected());
            if (batch.bookkeeping()) {
                ImportRecords.note(connection, batch.importId(), batch.problems(), batch.unknownCodes());
                ImportRecords.count(connection, batch.importId(), all);
                ImportRecords.progress(connection, batch.importId(), batch.progressRows());
            }
            return all;
        });
    }

    /**
     * PostgreSQL: the batch's commit does not wait for its write-ahead log to reach the disk. A crash of the
     * database right after it may lose the batch, but whole, with its counts and rollups, as if the import had
     * been interrupted before it; the import's last commit, which marks it finished, waits as every other does,
     * and with it every batch before it is on disk.
     */
    private static void commitWithoutWaiting(Connection connection) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }

    /**
     * Takes the service's lock for the batch and counts the batch in it; answers the count before this one, by
     * which an import knows whether another batch was stored since its own last one ({@link ContactHistory}).
     */
    private static long lock(Connection connection, long serviceId) throws SQLException {
        long batches;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT batches FROM measurement_lock WHERE service_id = ? FOR UPDATE")) {
            statement.setLong(1, serviceId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("service " + serviceId + " has no measurement lock row");
                }
                batches = rows.getLong(1);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE measurement_lock SET batches = batches + 1 WHERE service_id = ?")) {
            statement.setLong(1, serviceId);
            statement.executeUpdate();
        }
        return batches;
    }

    /**
     * Sorts the batch's rows into new, updated and duplicate ones, as if they came one by one: a row whose
     * id is stored (or came earlier in the batch) is a duplicate when it says the same, or is older by its
     * source version; otherwise it replaces the stored one. On PostgreSQL the batch is first taken to be all
     * new, the usual case, and copied in under a savepoint without looking its ids up; when one of them is
     * stored already the copy is undone and the batch takes the lookup's way.
     */
    @SuppressWarnings("unchecked")
    private static <R extends RowStore.Stored> ImportRecords.Counts write(Connection connection, RowStore<R> store,
                                                                          Batch batch, Rollups rollups)
            throws SQLException {
        List<R> rows = (List<R>) batch.rows();
        Map<String, R> latest = new LinkedHashMap<>();
        long duplicates = 0;
        long updated = 0;
        for (R row : rows) {
            R earlier = latest.get(row.id());
            if (earlier == null) {
                latest.put(row.id(), row);
            } else if (supersedes(row, earlier)) {
                latest.put(row.id(), row);
                updated++;
            } else {
                duplicates++;
            }
        }
        if (Jdbc.isPostgres(connection)) {
            Decided<R> allNew = decide(connection, store, batch, rollups, new ArrayList<>(latest.values()), List.of(),
                    List.of());
            if (store.insertAllNew(connection, batch.serviceId(), batch.source(), batch.importId(), allNew.inserts())) {
                remember(batch, allNew.inserts());
                return new ImportRecords.Counts(0, allNew.inserts().size(), updated, duplicates, 0);
            }
            rollups.clear();
        }
        Map<String, R> stored = store.existing(connection, batch.serviceId(), batch.source(), new ArrayList<>(latest.keySet()));
        List<R> inserts = new ArrayList<>();
        List<R> updates = new ArrayList<>();
        List<R> replaced = new ArrayList<>();
        for (R row : latest.values()) {
            R old = stored.get(row.id());
            if (old == null) {
                inserts.add(row);
            } else if (supersedes(row, old)) {
                updates.add(row);
                replaced.add(old);
                updated++;
            } else {
                duplicates++;
            }
        }
        Decided<R> decided = decide(connection, store, batch, rollups, inserts, updates, replaced);
        store.insert(connection, batch.serviceId(), batch.source(), batch.importId(), decided.inserts());
        store.update(connection, batch.serviceId(), batch.source(), decided.updates());
        if (batch.history() != null && !updates.isEmpty()) {
            // stored contacts changed: the import's memory of them no longer tells the whole story
            batch.history().forget();
        }
        remember(batch, decided.inserts());
        return new ImportRecords.Counts(0, decided.inserts().size(), updated, duplicates, 0);
    }

    @SuppressWarnings("unchecked")
    private static void remember(Batch batch, List<?> inserted) {
        if (batch.history() != null) {
            batch.history().remember((List<ContactStore.Row>) inserted);
        }
    }

    /** The rows to insert and to update, contacts with their repeat flags. */
    private record Decided<R>(List<R> inserts, List<R> updates) {
    }

    /**
     * Decides the contacts' repeat flags (other kinds have none) and adds the rows' shares to the rollups: the
     * inserted rows', and for every update the new row's less the one it replaces.
     */
    @SuppressWarnings("unchecked")
    private static <R extends RowStore.Stored> Decided<R> decide(Connection connection, RowStore<R> store, Batch batch,
                                                                 Rollups rollups, List<R> inserts, List<R> updates,
                                                                 List<R> replaced) throws SQLException {
        if (store == (RowStore<?>) CONTACTS) {
            List<ContactStore.Row> fresh = new ArrayList<>((List<ContactStore.Row>) inserts);
            fresh.addAll((List<ContactStore.Row>) updates);
            RepeatContacts.Decision decision = RepeatContacts.decide(connection, batch.source(), fresh,
                    (List<ContactStore.Row>) replaced, rollups, batch.history());
            List<ContactStore.Row> decided = decision.fresh();
            inserts = (List<R>) new ArrayList<>(decided.subList(0, inserts.size()));
            updates = (List<R>) new ArrayList<>(decided.subList(inserts.size(), decided.size()));
            replaced = (List<R>) decision.replaced();
        }
        for (R row : inserts) {
            store.contribute(rollups, row, 1);
        }
        for (int i = 0; i < updates.size(); i++) {
            store.contribute(rollups, replaced.get(i), -1);
            store.contribute(rollups, updates.get(i), 1);
        }
        return new Decided<>(inserts, updates);
    }

    /** Whether {@code candidate} replaces {@code current}: a newer source version, or (without versions) other content. */
    private static boolean supersedes(RowStore.Stored candidate, RowStore.Stored current) {
        if (candidate instanceof ContactStore.Row contact && current instanceof ContactStore.Row stored) {
            if (contact.sourceVersion() != null && stored.sourceVersion() != null) {
                return contact.sourceVersion().isAfter(stored.sourceVersion());
            }
            return !contact.withFlagsOf(stored).equals(stored);
        }
        return !candidate.equals(current);
    }
}
