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

    /** A customer of a journey whose contacts the batch touched, at an instant (a contact's start, new or old). */
    record Touch(long journeyId, String customerHash, Instant at) {
    }

    private record Contact(long id, String customerHash, Instant startedAt, String channel, String code,
                           LocalDate day, boolean resolved, boolean repeated, boolean channelSwitch) {
    }

    private RepeatContacts() {
    }

    static void decide(Connection connection, List<Touch> touches, Rollups rollups) throws SQLException {
        Map<Long, List<Touch>> byJourney = new HashMap<>();
        for (Touch touch : touches) {
            if (touch.customerHash() != null) {
                byJourney.computeIfAbsent(touch.journeyId(), j -> new ArrayList<>()).add(touch);
            }
        }
        for (Map.Entry<Long, List<Touch>> journey : byJourney.entrySet()) {
            List<String> customers = new ArrayList<>(new TreeSet<>(journey.getValue().stream().map(Touch::customerHash).toList()));
            Instant first = journey.getValue().stream().map(Touch::at).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = journey.getValue().stream().map(Touch::at).max(Comparator.naturalOrder()).orElseThrow();
            for (int start = 0; start < customers.size(); start += CUSTOMER_CHUNK) {
                List<String> chunk = customers.subList(start, Math.min(customers.size(), start + CUSTOMER_CHUNK));
                decide(connection, journey.getKey(), chunk, first, last, rollups);
            }
        }
    }

    private static void decide(Connection connection, long journeyId, List<String> customers, Instant first, Instant last,
                               Rollups rollups) throws SQLException {
        Map<String, List<Contact>> contacts = load(connection, journeyId, customers, first.minus(WINDOW), last.plus(WINDOW));
        List<Contact> changed = new ArrayList<>();
        List<Contact> previous = new ArrayList<>();
        for (List<Contact> history : contacts.values()) {
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
                if (repeated != contact.repeated() || switched != contact.channelSwitch()) {
                    previous.add(contact);
                    changed.add(new Contact(contact.id(), contact.customerHash(), contact.startedAt(), contact.channel(),
                            contact.code(), contact.day(), contact.resolved(), repeated, switched));
                }
            }
        }
        if (changed.isEmpty()) {
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
        for (int i = 0; i < changed.size(); i++) {
            ContactStore.flags(rollups, flagsOnly(previous.get(i)), -1);
            ContactStore.flags(rollups, flagsOnly(changed.get(i)), 1);
        }
    }

    private static ContactStore.Row flagsOnly(Contact contact) {
        return new ContactStore.Row(null, 0, contact.code(), contact.startedAt(), contact.day(), contact.channel(), 0, 0, 0,
                contact.resolved(), false, null, null, null, contact.customerHash(), null, contact.repeated(),
                contact.channelSwitch());
    }

    private static Map<String, List<Contact>> load(Connection connection, long journeyId, List<String> customers,
                                                   Instant from, Instant to) throws SQLException {
        String columns = "id, customer_hash, started_at, channel, touchpoint_code, on_day, resolved, repeated, channel_switch";
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
                    Contact contact = new Contact(rows.getLong("id"), rows.getString("customer_hash"),
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
