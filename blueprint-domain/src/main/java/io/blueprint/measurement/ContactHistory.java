package io.blueprint.measurement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts one import has stored so far, per journey and customer, so that its next batches can decide
 * repeat contacts from memory instead of reading them back — as long as they are all that the journey holds
 * within reach. That is known, not assumed: a journey counts as the import's own when it held no contact at all
 * when the import first stored into it, and stays so while no other batch of the service is stored between the
 * import's batches (every batch counts itself in {@code measurement_lock.batches}, under the service's lock that
 * batches take in turn). Anything else — another import's batch in between, a batch that replaced stored rows, a
 * journey that held contacts before — and the import reads the stored contacts from the database as before.
 * Each contact takes two longs; an import of more than {@link #MAX_CONTACTS} contacts forgets them and reads
 * from the database from then on, so the memory it takes stays bounded (about 50 MiB with the keys).
 * Used by the one thread that stores the import's batches. It learns a batch's rows inside the batch's
 * transaction; a batch that fails ends the import, and its memory with it.
 */
final class ContactHistory {

    static final int MAX_CONTACTS = 2_000_000;

    /** Per journey: whether it is the import's own (see above); absent until the import first stores into it. */
    private final Map<Long, Boolean> own = new HashMap<>();
    /** Per journey and customer: [count, then for each contact its start in epoch microseconds and its details]. */
    private final Map<Long, Map<String, long[]>> contacts = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private final List<String> channels = new ArrayList<>();
    private final Map<String, Integer> channelIndex = new HashMap<>();
    private boolean usable = true;
    private long count;
    /** The service's batch count the import's last batch left, −1 before its first. */
    private long lastBatches = -1;

    /**
     * At the start of a batch, under the service's lock: the service's batch count as read. When another batch was
     * stored since this import's last one, the memory is forgotten for good.
     */
    void batchStarts(long batches) {
        if (lastBatches >= 0 && batches != lastBatches) {
            forget();
        }
    }

    /** After the batch's writes, in its transaction: the count it leaves (its own included). */
    void batchStored(long batches) {
        lastBatches = batches;
    }

    /** Whether the batch's contacts of the journey can be decided from memory; asks the database on first use. */
    boolean covers(Connection connection, long journeyId) throws SQLException {
        if (!usable) {
            return false;
        }
        Boolean known = own.get(journeyId);
        if (known == null) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT 1 FROM contact_event WHERE journey_id = ? FETCH FIRST 1 ROWS ONLY")) {
                statement.setLong(1, journeyId);
                try (ResultSet rows = statement.executeQuery()) {
                    known = !rows.next();
                }
            }
            own.put(journeyId, known);
        }
        return known;
    }

    /** The import's stored contacts of these customers within their reach (the same bounds as the database read). */
    Map<String, List<RepeatContacts.Contact>> load(long journeyId, List<String> customers, Map<String, Instant[]> reach,
                                                 String source) {
        Map<String, long[]> ofJourney = contacts.getOrDefault(journeyId, Map.of());
        Map<String, List<RepeatContacts.Contact>> found = new HashMap<>();
        for (String customer : customers) {
            long[] packed = ofJourney.get(customer);
            if (packed == null) {
                continue;
            }
            Instant[] span = reach.get(customer);
            long from = micros(span[0].minus(RepeatContacts.WINDOW));
            long to = micros(span[1].plus(RepeatContacts.WINDOW));
            List<RepeatContacts.Contact> history = new ArrayList<>();
            for (int k = 0; k < packed[0]; k++) {
                long start = packed[1 + 2 * k];
                if (start >= from && start <= to) {
                    long details = packed[2 + 2 * k];
                    Instant startedAt = Instant.ofEpochSecond(Math.floorDiv(start, 1_000_000L),
                            Math.floorMod(start, 1_000_000L) * 1_000L);
                    history.add(new RepeatContacts.Contact(-1, source, null, customer, startedAt,
                            channels.get((int) (details >>> 24 & 0xFF)), codes.get((int) (details >>> 32)),
                            LocalDate.ofEpochDay(details & 0x7F_FFFF), (details >>> 23 & 1) == 1));
                }
            }
            if (!history.isEmpty()) {
                // stored in the order the database would read them back: by start, then by id (the order of storing)
                history.sort(java.util.Comparator.comparing(RepeatContacts.Contact::startedAt));
                found.put(customer, history);
            }
        }
        return found;
    }

    /** Adds the contacts the batch inserted. */
    void remember(List<ContactStore.Row> inserted) {
        if (!usable) {
            return;
        }
        if (count + inserted.size() > MAX_CONTACTS) {
            forget();
            return;
        }
        for (ContactStore.Row row : inserted) {
            if (row.customerHash() == null) {
                continue;
            }
            long day = row.day().toEpochDay();
            int channel = index(channels, channelIndex, row.channel());
            if (day < 0 || day > 0x7F_FFFF || channel > 0xFF) {
                forget();
                return;
            }
            long details = (long) index(codes, codeIndex, row.code()) << 32
                    | (long) channel << 24 | (row.resolved() ? 1L << 23 : 0) | day;
            Map<String, long[]> ofJourney = contacts.computeIfAbsent(row.journeyId(), j -> new HashMap<>());
            long[] packed = ofJourney.get(row.customerHash());
            if (packed == null) {
                packed = new long[5];
            } else if (1 + 2 * packed[0] + 2 > packed.length) {
                packed = java.util.Arrays.copyOf(packed, packed.length * 2 + 1);
            }
            int at = (int) (1 + 2 * packed[0]);
            packed[at] = micros(row.startedAt());
            packed[at + 1] = details;
            packed[0]++;
            ofJourney.put(row.customerHash(), packed);
            count++;
        }
    }

    /** Forgets every contact: the import reads them from the database from now on. */
    void forget() {
        usable = false;
        contacts.clear();
        own.clear();
    }

    private static int index(List<String> values, Map<String, Integer> index, String value) {
        return index.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
