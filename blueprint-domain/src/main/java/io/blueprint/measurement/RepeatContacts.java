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

    static final Duration WINDOW = Duration.ofHours(168);
    private static final Comparator<Contact> BY_START = Comparator.comparing(Contact::startedAt);
    /** Customers per load: H2's lists of values stay short; PostgreSQL takes them as one array. */
    private static final int CUSTOMER_CHUNK = 500;
    private static final int CUSTOMER_CHUNK_POSTGRES = 20_000;

    /** A contact as the decision sees it: a stored one (fresh −1) or the batch's {@code fresh}-th. */
    record Contact(int fresh, String source, String contactId, String customerHash, Instant startedAt,
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
     * @param history  what the import stored before this batch, or null: where it {@linkplain ContactHistory#covers
     *                 covers} a journey, the stored contacts are taken from it instead of the database
     */
    static Decision decide(Connection connection, String source, List<ContactStore.Row> fresh,
                           List<ContactStore.Row> replaced, Rollups rollups, ContactHistory history) throws SQLException {
        boolean[][] freshFlags = new boolean[fresh.size()][2];
        Map<String, boolean[]> replacedFlags = new HashMap<>();
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
        java.util.Set<String> replacedIds = new java.util.HashSet<>();
        replaced.forEach(row -> replacedIds.add(row.id()));
        for (Map.Entry<Long, List<ContactStore.Row>> journey : byJourney.entrySet()) {
            // each customer's reach: from a week before the first of its contacts in the batch to a week after the last
            Map<String, Instant[]> reach = new HashMap<>();
            for (ContactStore.Row row : journey.getValue()) {
                Instant[] span = reach.computeIfAbsent(row.customerHash(), c -> new Instant[]{row.startedAt(), row.startedAt()});
                if (row.startedAt().isBefore(span[0])) {
                    span[0] = row.startedAt();
                } else if (row.startedAt().isAfter(span[1])) {
                    span[1] = row.startedAt();
                }
            }
            // each customer's contacts among the batch's, by their place in it
            Map<String, List<Integer>> freshOf = new HashMap<>();
            for (int i = 0; i < fresh.size(); i++) {
                ContactStore.Row row = fresh.get(i);
                if (row.journeyId() == journey.getKey() && row.customerHash() != null) {
                    freshOf.computeIfAbsent(row.customerHash(), c -> new ArrayList<>(2)).add(i);
                }
            }
            // in the index's order, so that the probes walk it from one end to the other
            List<String> customers = new ArrayList<>(reach.keySet());
            customers.sort(null);
            Instant last = journey.getValue().stream().map(ContactStore.Row::startedAt).max(Comparator.naturalOrder()).orElseThrow();
            int chunkSize = Jdbc.isPostgres(connection) ? CUSTOMER_CHUNK_POSTGRES : CUSTOMER_CHUNK;
            // the import's own memory of what it stored, where that is all the journey holds and nothing is replaced
            boolean fromMemory = history != null && replaced.isEmpty() && history.covers(connection, journey.getKey());
            for (int start = 0; start < customers.size(); start += chunkSize) {
                List<String> chunk = customers.subList(start, Math.min(customers.size(), start + chunkSize));
                Map<String, List<Contact>> before = fromMemory ? history.load(journey.getKey(), chunk, reach, source)
                        : load(connection, journey.getKey(), chunk, reach);
                for (String customer : chunk) {
                    List<Contact> was = before.getOrDefault(customer, List.of());
                    List<Integer> its = freshOf.getOrDefault(customer, List.of());
                    // the customer's contacts after the batch: the stored ones it does not replace, and its own
                    List<Contact> is = new ArrayList<>(was.size() + its.size());
                    for (Contact contact : was) {
                        if (replacedIds.isEmpty() || !(contact.source().equals(source) && replacedIds.contains(contact.contactId()))) {
                            is.add(contact);
                        }
                    }
                    for (int i : its) {
                        ContactStore.Row row = fresh.get(i);
                        is.add(new Contact(i, source, row.id(), row.customerHash(), row.startedAt(), row.channel(), row.code(),
                                row.day(), row.resolved()));
                    }
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
        }
        List<ContactStore.Row> decided = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ContactStore.Row row = fresh.get(i);
            boolean unchanged = row.repeated() == freshFlags[i][0] && row.channelSwitch() == freshFlags[i][1];
            decided.add(unchanged ? row : row.withFlags(freshFlags[i][0], freshFlags[i][1]));
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

    /**
     * The stored contacts of these customers within their reach. A stored contact matters to the batch only when
     * it lies within the window of one of the customer's contacts in the batch (its next contact may be one of
     * them, or one of them may be its next), so each customer's own span of the batch, widened by the window on
     * both sides, bounds what is read: a customer with one contact in the batch reads two weeks of its history,
     * not the batch's whole period.
     */
    private static Map<String, List<Contact>> load(Connection connection, long journeyId, List<String> customers,
                                                   Map<String, Instant[]> reach) throws SQLException {
        String columns = "id, source, contact_id, customer_hash, started_at, channel, touchpoint_code, on_day, resolved";
        boolean postgres = Jdbc.isPostgres(connection);
        // on PostgreSQL one probe of the customer index per customer, the customers and their bounds as arrays:
        // OFFSET 0 keeps the planner from folding the probes into one scan of the journey's contacts in the time
        // range that filters the customers (its plan while the table has no statistics yet, a cost that grows with
        // the table). H2 takes the customers as a list of values and the widest of their bounds.
        String sql = postgres
                ? "SELECT " + columns + " FROM unnest(?, ?, ?) AS c(hash, from_second, to_second) CROSS JOIN LATERAL (SELECT "
                        + columns + " FROM contact_event WHERE journey_id = ? AND customer_hash = c.hash"
                        + " AND started_at BETWEEN to_timestamp(c.from_second) AND to_timestamp(c.to_second) OFFSET 0) e"
                        + " ORDER BY customer_hash, started_at, id"
                : "SELECT " + columns + " FROM contact_event WHERE journey_id = ? AND started_at BETWEEN ? AND ? AND customer_hash IN ("
                        + String.join(", ", Collections.nCopies(customers.size(), "?")) + ") ORDER BY customer_hash, started_at, id";
        Map<String, List<Contact>> byCustomer = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            java.sql.Array[] arrays = new java.sql.Array[0];
            if (postgres) {
                // the bounds in whole seconds since the epoch, widened to whole seconds: a contact read beyond a
                // customer's reach changes nothing (its flags come out the same before the batch and after it)
                Long[] from = new Long[customers.size()];
                Long[] to = new Long[customers.size()];
                for (int i = 0; i < customers.size(); i++) {
                    Instant[] span = reach.get(customers.get(i));
                    Instant low = span[0].minus(WINDOW);
                    Instant high = span[1].plus(WINDOW);
                    from[i] = low.getEpochSecond();
                    to[i] = high.getEpochSecond() + (high.getNano() > 0 ? 1 : 0);
                }
                arrays = new java.sql.Array[]{connection.createArrayOf("varchar", customers.toArray()),
                        connection.createArrayOf("int8", from), connection.createArrayOf("int8", to)};
                statement.setArray(1, arrays[0]);
                statement.setArray(2, arrays[1]);
                statement.setArray(3, arrays[2]);
                statement.setLong(4, journeyId);
            } else {
                Instant from = customers.stream().map(c -> reach.get(c)[0]).min(Comparator.naturalOrder()).orElseThrow();
                Instant to = customers.stream().map(c -> reach.get(c)[1]).max(Comparator.naturalOrder()).orElseThrow();
                statement.setLong(1, journeyId);
                statement.setObject(2, from.minus(WINDOW).atOffset(ZoneOffset.UTC));
                statement.setObject(3, to.plus(WINDOW).atOffset(ZoneOffset.UTC));
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
                for (java.sql.Array array : arrays) {
                    array.free();
                }
            }
        }
        return byCustomer;
    }

}
