package io.blueprint.measurement;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an import remembers of the contacts it stored, and when it stops trusting that memory. */
class ContactHistoryTest {

    private static final Instant T0 = Instant.parse("2026-09-01T10:00:00.123456Z");

    private static ContactStore.Row row(String id, long journey, String customer, Instant startedAt, String channel,
                                        boolean resolved) {
        return new ContactStore.Row(id, journey, "RET-CALL-01", startedAt, LocalDate.of(2026, 9, 1), channel, 10, 100, 0,
                resolved, false, null, null, null, customer, null, false, false);
    }

    private static Map<String, Instant[]> reach(String customer, Instant from, Instant to) {
        return Map.of(customer, new Instant[]{from, to});
    }

    @Test
    void givesBackTheStoredContactsOfACustomerWithinAWeekOfItsBatchContactsInTimeOrder() {
        ContactHistory history = new ContactHistory();
        history.remember(List.of(
                row("late", 7, "a", T0.plusSeconds(3_600), "CHAT", false),
                row("early", 7, "a", T0, "PHONE", true),
                row("far", 7, "a", T0.plus(RepeatContacts.WINDOW).plusSeconds(3_601), "PHONE", true),
                row("other journey", 8, "a", T0, "PHONE", true),
                row("other customer", 7, "b", T0, "PHONE", true)));

        // the batch has a contact of customer a at T0 + 1 h: a week on either side reaches "early" and "late" only
        Map<String, List<RepeatContacts.Contact>> found = history.load(7, List.of("a"),
                reach("a", T0.plusSeconds(3_600), T0.plusSeconds(3_600)), "src");
        assertThat(found.get("a")).extracting(RepeatContacts.Contact::startedAt)
                .containsExactly(T0, T0.plusSeconds(3_600));
        RepeatContacts.Contact early = found.get("a").get(0);
        assertThat(List.of(early.fresh(), early.source(), early.customerHash(), early.channel(), early.code(), early.day(),
                early.resolved())).containsExactly(-1, "src", "a", "PHONE", "RET-CALL-01", LocalDate.of(2026, 9, 1), true);
        assertThat(found.get("a").get(1).channel()).isEqualTo("CHAT");
        assertThat(found.get("a").get(1).resolved()).isFalse();
        // the window is inclusive at both ends, to the microsecond: a batch contact exactly a week after "early"
        // reaches it, and one exactly a week before "far" reaches that
        Instant far = T0.plus(RepeatContacts.WINDOW).plusSeconds(3_601);
        assertThat(history.load(7, List.of("a"), reach("a", T0.plus(RepeatContacts.WINDOW),
                T0.plus(RepeatContacts.WINDOW)), "src").get("a")).extracting(RepeatContacts.Contact::startedAt)
                .containsExactly(T0, T0.plusSeconds(3_600), far);
        assertThat(history.load(7, List.of("a"), reach("a", T0.plusSeconds(3_601), T0.plusSeconds(3_601)), "src")
                .get("a")).extracting(RepeatContacts.Contact::startedAt).containsExactly(T0, T0.plusSeconds(3_600), far);
        assertThat(history.load(7, List.of("a"), reach("a", T0.plusSeconds(3_600), T0.plusSeconds(3_600)), "src")
                .get("a")).extracting(RepeatContacts.Contact::startedAt).doesNotContain(far);
        assertThat(history.load(7, List.of("b", "c"), reach("b", T0, T0), "src")).containsOnlyKeys("b");
    }

    @Test
    void forgetsEverythingWhenAnotherBatchWasStoredForTheServiceInBetween() throws Exception {
        ContactHistory history = new ContactHistory();
        history.batchStarts(41);
        history.remember(List.of(row("x", 7, "a", T0, "PHONE", true)));
        history.batchStored(42);
        history.batchStarts(42);
        assertThat(history.load(7, List.of("a"), reach("a", T0, T0), "src")).containsOnlyKeys("a");
        history.batchStored(43);

        history.batchStarts(44);
        assertThat(history.load(7, List.of("a"), reach("a", T0, T0), "src")).isEmpty();
        // and does not ask the database again (no connection needed): the import reads from it from now on
        assertThat(history.covers(null, 7)).isFalse();
        history.remember(List.of(row("y", 7, "a", T0, "PHONE", true)));
        assertThat(history.load(7, List.of("a"), reach("a", T0, T0), "src")).isEmpty();
    }

    @Test
    void forgetsEverythingBeyondItsBound() throws Exception {
        ContactHistory history = new ContactHistory();
        List<ContactStore.Row> many = java.util.stream.IntStream.range(0, ContactHistory.MAX_CONTACTS / 4 + 1)
                .mapToObj(i -> row("c" + i, 7, "a" + i % 1000, T0.plusSeconds(i), "PHONE", true)).toList();
        for (int i = 0; i < 4; i++) {
            history.remember(many);
        }
        assertThat(history.covers(null, 7)).isFalse();
        assertThat(history.load(7, List.of("a1"), reach("a1", T0, T0), "src")).isEmpty();
    }
}
