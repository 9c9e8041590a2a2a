package io.blueprint.measurement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Decides which contacts are repeated, whatever order their files arrive in. A contact is repeated when
 * the same customer contacts the same journey again after it, at most 168 hours after its start; it
 * switched channel when that next contact used another channel. The flags are not stored on the rows: they
 * follow from the stored contacts, and the rollups count them. A batch can change the flags of earlier stored
 * contacts (their next contact arrives only now) and has flags of its own, so for every customer the batch
 * touches, the contacts within reach of its times are loaded and each one's flags decided twice — from the
 * contacts stored before the batch and from those stored after it — and the rollups' repeated, channel-switch
 * and first-contact-resolution counts take the differences.
 */
final class RepeatContacts {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RepeatContacts.class.getName());
    static final Duration WINDOW = Duration.ofHours(168);
    private static final Comparator<Contact> BY_START = Comparator.comparing(Contact::startedAt);
    /** Customers per load: H2's lists of values stay short; PostgreSQL takes them as one array. */
    private static final int CUSTOMER_CHUNK = 500;
    private static final int CUSTOMER_CHUNK_POSTGRES = 20_000;

    /** A contact as the decision sees it: a stored one (fresh −1) or the batch's {@code fresh}-th. */
    private record Contact(int fresh, String source, String contactId, String customerHash, Instant startedAt,
                           String channel, String code, LocalDate day, boolean resolved) {
    }

    /** The batch's contacts with their flags, and the stored rows it replaces with the flags they had. */
    record Decision(List<ContactStore.Row> fresh, List<ContactStore.Row> replaced) {
    }

    private RepeatContacts() {
    }

    /**
     * Decides the flags of the batch's contacts, and corrects the rollups for the stored contacts whose flags
     * the batch changes.
     *
     * @param fresh    the contacts the batch writes: new ones and the replacements of stored ones
     * @param replaced the stored rows those replacements take the place of
     */
    static Decision decide(Connection connection, String source, List<ContactStore.Row> fresh,
                           List<ContactStore.Row> replaced, Rollups rollups) throws SQLException {
        List<Load> loads = loads(fresh, replaced, Jdbc.isPostgres(connection) ? CUSTOMER_CHUNK_POSTGRES : CUSTOMER_CHUNK);
        List<Map<String, List<Contact>>> histories = new ArrayList<>(loads.size());
        for (Load load : loads) {
            histories.add(load(connection, load));
        }
        return decide(source, fresh, replaced, rollups, loads, histories);
    }

    /**
     * The loads of a batch of new contacts run ahead on a connection of their own, outside the batch's
     * transaction, while that transaction copies the rows in. Only for a partial import, started once the batch's
     * transaction holds its service's lock: the import's earlier batches are committed, and the lock keeps every
     * other writer of the service's contacts out, so the committed contacts are exactly those before the batch.
     */
    static final class Prefetch {
        private final List<ContactStore.Row> fresh;
        private final List<Load> loads;
        private final java.util.concurrent.FutureTask<List<Map<String, List<Contact>>>> task;

        private Prefetch(javax.sql.DataSource dataSource, List<ContactStore.Row> fresh) {
            this.fresh = fresh;
            this.loads = loads(fresh, List.of(), CUSTOMER_CHUNK_POSTGRES);
            this.task = new java.util.concurrent.FutureTask<>(() -> {
                try (Connection side = dataSource.getConnection()) {
                    List<Map<String, List<Contact>>> histories = new ArrayList<>(loads.size());
                    for (Load load : loads) {
                        histories.add(load(side, load));
                    }
                    return histories;
                }
            });
        }

        /** Starts the loads for the batch's contacts, all of them new, on a connection from {@code dataSource}. */
        static Prefetch start(javax.sql.DataSource dataSource, List<ContactStore.Row> fresh) {
            Prefetch prefetch = new Prefetch(dataSource, List.copyOf(fresh));
            Thread thread = new Thread(prefetch.task, "blueprint-import-contacts");
            thread.setDaemon(true);
            thread.start();
            return prefetch;
        }

        /**
         * The decision for the batch's contacts from what the loads found; should they have failed, from loads on the
         * batch's own connection (which sees the same stored contacts, and the batch's, which the decision leaves out).
         */
        Decision decide(Connection connection, String source, Rollups rollups) throws SQLException {
            List<Map<String, List<Contact>>> histories;
            try {
                histories = task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while loading the stored contacts", e);
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.log(java.util.logging.Level.WARNING, "Loading the stored contacts beside the batch failed;"
                        + " loading them in its transaction", e.getCause());
                histories = new ArrayList<>(loads.size());
                java.util.Set<String> ids = new java.util.HashSet<>();
                fresh.forEach(row -> ids.add(row.id()));
                for (Load load : loads) {
                    Map<String, List<Contact>> found = new HashMap<>();
                    load(connection, load).forEach((customer, contacts) -> found.put(customer, contacts.stream()
                            .filter(c -> !(c.source().equals(source) && ids.contains(c.contactId()))).toList()));
                    histories.add(found);
                }
            }
            return RepeatContacts.decide(source, fresh, List.of(), rollups, loads, histories);
        }

        /** The batch does not go on as all new: the loads' answer is not needed (it finishes on its own). */
        void cancel() {
            task.cancel(false);
        }
    }

    /** One load of stored contacts: the journey's, of these customers, within reach of the batch's times. */
    private record Load(long journeyId, List<String> customers, Instant first, Instant last) {
    }

    /** The loads the decision needs: per journey of the rows, its customers in chunks, around the rows' times. */
    private static List<Load> loads(List<ContactStore.Row> fresh, List<ContactStore.Row> replaced, int chunkSize) {
        Map<Long, List<ContactStore.Row>> byJourney = new HashMap<>();
        for (ContactStore.Row row : fresh) {
            if (row.customerHash() != null) {
                byJourney.computeIfAbsent(row.journeyId(), j -> new ArrayList<>()).add(row);
            }
        }
        for (ContactStore.Row row : replaced) {
            if (row.customerHash() != null) {
                byJourney.computeIfAbsent(row.journeyId(), j -> new ArrayList<>()).add(row);
            }
        }
        List<Load> loads = new ArrayList<>();
        for (Map.Entry<Long, List<ContactStore.Row>> journey : byJourney.entrySet()) {
            List<String> customers = new ArrayList<>(new TreeSet<>(journey.getValue().stream().map(ContactStore.Row::customerHash).toList()));
            Instant first = journey.getValue().stream().map(ContactStore.Row::startedAt).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = journey.getValue().stream().map(ContactStore.Row::startedAt).max(Comparator.naturalOrder()).orElseThrow();
            for (int start = 0; start < customers.size(); start += chunkSize) {
                loads.add(new Load(journey.getKey(), List.copyOf(customers.subList(start, Math.min(customers.size(), start + chunkSize))),
                        first, last));
            }
        }
        return loads;
    }

    /**
     * The decision from the stored contacts each load found ({@code histories}, in the order of {@code loads}),
     * as they were before the batch.
     */
    private static Decision decide(String source, List<ContactStore.Row> fresh, List<ContactStore.Row> replaced,
                                   Rollups rollups, List<Load> loads, List<Map<String, List<Contact>>> histories) {
        boolean[][] freshFlags = new boolean[fresh.size()][2];
        Map<String, boolean[]> replacedFlags = new HashMap<>();
        java.util.Set<String> replacedIds = new java.util.HashSet<>();
        replaced.forEach(row -> replacedIds.add(row.id()));
        for (int n = 0; n < loads.size(); n++) {
            Load load = loads.get(n);
            List<String> chunk = load.customers();
            Instant last = load.last();
            Map<String, List<Contact>> before = histories.get(n);
            Map<String, List<Contact>> after = new HashMap<>();
            before.forEach((customer, history) -> after.put(customer, new ArrayList<>(history.stream()
                    .filter(c -> !(c.source().equals(source) && replacedIds.contains(c.contactId()))).toList())));
            java.util.Set<String> inChunk = new java.util.HashSet<>(chunk);
            for (int i = 0; i < fresh.size(); i++) {
                ContactStore.Row row = fresh.get(i);
                if (row.journeyId() == load.journeyId() && row.customerHash() != null && inChunk.contains(row.customerHash())) {
                    after.computeIfAbsent(row.customerHash(), c -> new ArrayList<>()).add(new Contact(i, source,
                            row.id(), row.customerHash(), row.startedAt(), row.channel(), row.code(), row.day(),
                            row.resolved()));
                }
            }
            for (String customer : after.keySet()) {
                List<Contact> was = before.getOrDefault(customer, List.of());
                List<Contact> is = after.get(customer);
                is.sort(BY_START);
                if (was.isEmpty()) {
                    // only the batch's own contacts: their flags, and no stored ones to correct
                    freshFlags(is, freshFlags);
                    continue;
                }
                Map<Contact, boolean[]> old = flags(was, last);
                Map<Contact, boolean[]> now = flags(is, last);
                for (Map.Entry<Contact, boolean[]> decided : now.entrySet()) {
                    Contact contact = decided.getKey();
                    boolean[] flags = decided.getValue();
                    if (contact.fresh() >= 0) {
                        freshFlags[contact.fresh()] = flags;
                        continue;
                    }
                    boolean[] had = old.get(contact);
                    if (had != null && (had[0] != flags[0] || had[1] != flags[1])) {
                        ContactStore.flags(rollups, flagsOnly(contact, had), -1);
                        ContactStore.flags(rollups, flagsOnly(contact, flags), 1);
                    }
                }
                for (Map.Entry<Contact, boolean[]> had : old.entrySet()) {
                    Contact contact = had.getKey();
                    if (contact.source().equals(source) && replacedIds.contains(contact.contactId())) {
                        replacedFlags.put(contact.contactId(), had.getValue());
                    }
                }
            }
        }
        List<ContactStore.Row> decided = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            decided.add(fresh.get(i).withFlags(freshFlags[i][0], freshFlags[i][1]));
        }
        List<ContactStore.Row> before = new ArrayList<>(replaced.size());
        for (ContactStore.Row row : replaced) {
            boolean[] had = replacedFlags.getOrDefault(row.id(), new boolean[2]);
            before.add(row.withFlags(had[0], had[1]));
        }
        return new Decision(decided, before);
    }

    /**
     * The flags of one customer's contacts, all of them the batch's, in time order: what {@link #flags} decides
     * for them, without a map (most customers of a batch have no stored contact within reach).
     */
    private static void freshFlags(List<Contact> history, boolean[][] freshFlags) {
        for (int i = 0; i < history.size(); i++) {
            Contact contact = history.get(i);
            Contact next = null;
            for (int j = i + 1; j < history.size() && next == null; j++) {
                if (history.get(j).startedAt().isAfter(contact.startedAt())) {
                    next = history.get(j);
                }
            }
            boolean repeated = next != null && !next.startedAt().isAfter(contact.startedAt().plus(WINDOW));
            freshFlags[contact.fresh()] = new boolean[]{repeated, repeated && !next.channel().equals(contact.channel())};
        }
    }

    /** One customer's contacts in time order: the flags of each up to {@code last}, from its next contact. */
    private static Map<Contact, boolean[]> flags(List<Contact> history, Instant last) {
        Map<Contact, boolean[]> flags = new java.util.IdentityHashMap<>();
        for (int i = 0; i < history.size(); i++) {
            Contact contact = history.get(i);
            if (contact.startedAt().isAfter(last)) {
                break;
            }
            Contact next = null;
            for (int j = i + 1; j < history.size() && next == null; j++) {
                if (history.get(j).startedAt().isAfter(contact.startedAt())) {
                    next = history.get(j);
                }
            }
            boolean repeated = next != null && !next.startedAt().isAfter(contact.startedAt().plus(WINDOW));
            flags.put(contact, new boolean[]{repeated, repeated && !next.channel().equals(contact.channel())});
        }
        return flags;
    }

    private static ContactStore.Row flagsOnly(Contact contact, boolean[] flags) {
        return new ContactStore.Row(null, 0, contact.code(), contact.startedAt(), contact.day(), contact.channel(), 0, 0, 0,
                contact.resolved(), false, null, null, null, contact.customerHash(), null, flags[0], flags[1]);
    }

    private static Map<String, List<Contact>> load(Connection connection, Load load) throws SQLException {
        long journeyId = load.journeyId();
        List<String> customers = load.customers();
        Instant from = load.first().minus(WINDOW);
        Instant to = load.last().plus(WINDOW);
        String columns = "id, source, contact_id, customer_hash, started_at, channel, touchpoint_code, on_day, resolved";
        boolean postgres = Jdbc.isPostgres(connection);
        // on PostgreSQL one probe of the customer index per customer, the customers as one array: OFFSET 0 keeps
        // the planner from folding the probes into one scan of the journey's contacts in the time range that
        // filters the customers (its plan while the table has no statistics yet, a cost that grows with the table)
        String sql = postgres
                ? "SELECT " + columns + " FROM unnest(?) AS c(hash) CROSS JOIN LATERAL (SELECT " + columns
                        + " FROM contact_event WHERE journey_id = ? AND customer_hash = c.hash AND started_at BETWEEN ? AND ?"
                        + " OFFSET 0) e ORDER BY customer_hash, started_at, id"
                : "SELECT " + columns + " FROM contact_event WHERE journey_id = ? AND started_at BETWEEN ? AND ? AND customer_hash IN ("
                        + String.join(", ", Collections.nCopies(customers.size(), "?")) + ") ORDER BY customer_hash, started_at, id";
        Map<String, List<Contact>> byCustomer = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            java.sql.Array array = null;
            if (postgres) {
                array = connection.createArrayOf("varchar", customers.toArray());
                statement.setArray(1, array);
                statement.setLong(2, journeyId);
                statement.setObject(3, from.atOffset(ZoneOffset.UTC));
                statement.setObject(4, to.atOffset(ZoneOffset.UTC));
            } else {
                statement.setLong(1, journeyId);
                statement.setObject(2, from.atOffset(ZoneOffset.UTC));
                statement.setObject(3, to.atOffset(ZoneOffset.UTC));
                for (int i = 0; i < customers.size(); i++) {
                    statement.setString(4 + i, customers.get(i));
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Contact contact = new Contact(-1, rows.getString("source"),
                            rows.getString("contact_id"), rows.getString("customer_hash"),
                            Jdbc.instant(rows, "started_at"), rows.getString("channel"), rows.getString("touchpoint_code"),
                            rows.getObject("on_day", LocalDate.class), rows.getBoolean("resolved"));
                    byCustomer.computeIfAbsent(contact.customerHash(), c -> new ArrayList<>()).add(contact);
                }
            } finally {
                if (array != null) {
                    array.free();
                }
            }
        }
        return byCustomer;
    }

}
