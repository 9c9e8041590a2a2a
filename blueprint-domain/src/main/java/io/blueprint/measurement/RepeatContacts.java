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
 * switched channel when that next contact used another channel. A batch of contacts can change the
 * flags of earlier stored contacts (their next contact arrived only now) and of its own, so after a
 * batch is written every contact of its customers in reach of its times is decided again, and the
 * flags (and the rollups' repeated, channel-switch and first-contact-resolution counts) that changed
 * are written.
 */
final class RepeatContacts {

    static final Duration WINDOW = Duration.ofHours(168);
    private static final int CUSTOMER_CHUNK = 500;

    /** A contact as the decision sees it: a stored one (with its row id) or one of the batch (id −1, its index). */
    private record Contact(long id, int fresh, String source, String contactId, String customerHash, Instant startedAt,
                           String channel, String code, LocalDate day, boolean resolved, boolean repeated,
                           boolean channelSwitch) {
        Contact flagged(boolean isRepeated, boolean switched) {
            return new Contact(id, fresh, source, contactId, customerHash, startedAt, channel, code, day, resolved,
                    isRepeated, switched);
        }
    }

    private RepeatContacts() {
    }

    /**
     * Decides the flags of the batch's contacts before they are written, and corrects those of stored contacts
     * that the batch makes repeated (or no longer repeated): their rows and the rollups' counts.
     *
     * @param fresh    the contacts the batch writes: new ones and the replacements of stored ones
     * @param replaced the stored rows those replacements take the place of (their old times count too)
     * @return {@code fresh} in its order, each with its flags decided
     */
    static List<ContactStore.Row> decide(Connection connection, String source, List<ContactStore.Row> fresh,
                                         List<ContactStore.Row> replaced, Rollups rollups) throws SQLException {
        boolean[][] flags = new boolean[fresh.size()][2];
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
        List<Contact> changed = new ArrayList<>();
        List<Contact> previous = new ArrayList<>();
        for (Map.Entry<Long, List<ContactStore.Row>> journey : byJourney.entrySet()) {
            List<String> customers = new ArrayList<>(new TreeSet<>(journey.getValue().stream().map(ContactStore.Row::customerHash).toList()));
            Instant first = journey.getValue().stream().map(ContactStore.Row::startedAt).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = journey.getValue().stream().map(ContactStore.Row::startedAt).max(Comparator.naturalOrder()).orElseThrow();
            for (int start = 0; start < customers.size(); start += CUSTOMER_CHUNK) {
                List<String> chunk = customers.subList(start, Math.min(customers.size(), start + CUSTOMER_CHUNK));
                Map<String, List<Contact>> histories = load(connection, journey.getKey(), chunk, first.minus(WINDOW),
                        last.plus(WINDOW));
                histories.values().forEach(history -> history.removeIf(c -> c.source().equals(source)
                        && replacedIds.contains(c.contactId())));
                java.util.Set<String> inChunk = new java.util.HashSet<>(chunk);
                for (int i = 0; i < fresh.size(); i++) {
                    ContactStore.Row row = fresh.get(i);
                    if (row.journeyId() == journey.getKey() && row.customerHash() != null && inChunk.contains(row.customerHash())) {
                        histories.computeIfAbsent(row.customerHash(), c -> new ArrayList<>()).add(new Contact(-1, i, source,
                                row.id(), row.customerHash(), row.startedAt(), row.channel(), row.code(), row.day(),
                                row.resolved(), false, false));
                    }
                }
                for (List<Contact> history : histories.values()) {
                    history.sort(Comparator.comparing(Contact::startedAt));
                    decide(history, last, flags, changed, previous);
                }
            }
        }
        write(connection, changed);
        for (int i = 0; i < changed.size(); i++) {
            ContactStore.flags(rollups, flagsOnly(previous.get(i)), -1);
            ContactStore.flags(rollups, flagsOnly(changed.get(i)), 1);
        }
        List<ContactStore.Row> decided = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            decided.add(fresh.get(i).withFlags(flags[i][0], flags[i][1]));
        }
        return decided;
    }

    /** One customer's contacts in time order: each one's flags from its next contact. */
    private static void decide(List<Contact> history, Instant last, boolean[][] flags, List<Contact> changed,
                               List<Contact> previous) {
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
            boolean switched = repeated && !next.channel().equals(contact.channel());
            if (contact.id() < 0) {
                flags[contact.fresh()][0] = repeated;
                flags[contact.fresh()][1] = switched;
            } else if (repeated != contact.repeated() || switched != contact.channelSwitch()) {
                previous.add(contact);
                changed.add(contact.flagged(repeated, switched));
            }
        }
    }

    /** The stored contacts whose flags changed: one statement of arrays on PostgreSQL, a batch on H2. */
    private static void write(Connection connection, List<Contact> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        if (Jdbc.isPostgres(connection)) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE contact_event c SET repeated = v.r,"
                    + " channel_switch = v.s FROM unnest(?::bigint[], ?::boolean[], ?::boolean[]) AS v(id, r, s)"
                    + " WHERE c.id = v.id")) {
                update.setArray(1, connection.createArrayOf("bigint", changed.stream().map(Contact::id).toArray()));
                update.setArray(2, connection.createArrayOf("boolean", changed.stream().map(Contact::repeated).toArray()));
                update.setArray(3, connection.createArrayOf("boolean", changed.stream().map(Contact::channelSwitch).toArray()));
                update.executeUpdate();
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE contact_event SET repeated = ?, channel_switch = ? WHERE id = ?")) {
            for (Contact contact : changed) {
                update.setBoolean(1, contact.repeated());
                update.setBoolean(2, contact.channelSwitch());
                update.setLong(3, contact.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static ContactStore.Row flagsOnly(Contact contact) {
        return new ContactStore.Row(null, 0, contact.code(), contact.startedAt(), contact.day(), contact.channel(), 0, 0, 0,
                contact.resolved(), false, null, null, null, contact.customerHash(), null, contact.repeated(),
                contact.channelSwitch());
    }

    private static Map<String, List<Contact>> load(Connection connection, long journeyId, List<String> customers,
                                                   Instant from, Instant to) throws SQLException {
        String columns = "id, source, contact_id, customer_hash, started_at, channel, touchpoint_code, on_day, resolved,"
                + " repeated, channel_switch";
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
                    Contact contact = new Contact(rows.getLong("id"), -1, rows.getString("source"),
                            rows.getString("contact_id"), rows.getString("customer_hash"),
                            Jdbc.instant(rows, "started_at"), rows.getString("channel"), rows.getString("touchpoint_code"),
                            rows.getObject("on_day", LocalDate.class), rows.getBoolean("resolved"),
                            rows.getBoolean("repeated"), rows.getBoolean("channel_switch"));
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
