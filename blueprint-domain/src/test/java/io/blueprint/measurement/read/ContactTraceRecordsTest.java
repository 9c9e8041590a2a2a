package io.blueprint.measurement.read;

import io.blueprint.journey.Channel;
import io.blueprint.measurement.ContactRecord;
import io.blueprint.measurement.MeasureKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static io.blueprint.measurement.read.Files.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amazon Connect contact trace records, built from the reference in shared/fixtures/amazon-connect-docs. */
class ContactTraceRecordsTest {

    /** Answered by an agent after 42 s in queue, 300 s talking and 60 s of after-contact work; a field Blueprint does not know. */
    private static final String ANSWERED = """
            {"AWSAccountId":"123456789012","ContactId":"c-1","Channel":"VOICE","InitiationMethod":"INBOUND",
             "CustomerEndpoint":{"Address":"+821012345678","Type":"TELEPHONE_NUMBER"},
             "Attributes":{"touchpoint_code":"ret-call-01","order_value":"49000","currency":"KRW"},
             "InitiationTimestamp":"2026-03-04T00:15:00Z","DisconnectTimestamp":"2026-03-04T00:22:42Z",
             "LastUpdateTimestamp":"2026-03-04T00:23:00Z",
             "Queue":{"Name":"Returns","Duration":42,"EnqueueTimestamp":"2026-03-04T00:15:10Z"},
             "Agent":{"Username":"kim","AgentInteractionDuration":300,"AfterContactWorkDuration":60,"NumberOfHolds":2},
             "VoiceIdResult":{"Authentication":{"Decision":"ACCEPT"}},
             "SomeFieldFromNextYear":{"x":[1,2,3]}}""";
    /** Left the queue before an agent answered. */
    private static final String ABANDONED = """
            {"ContactId":"c-2","Channel":"CHAT","CustomerEndpoint":{"Address":"kim@example.com"},
             "Attributes":{"touchpoint":"RET-CHAT-01"},"InitiationTimestamp":"2026-03-04T01:00:00Z",
             "DisconnectTimestamp":"2026-03-04T01:03:00Z","LastUpdateTimestamp":"2026-03-04T01:03:05Z",
             "Queue":{"Duration":180},"Agent":null}""";
    /** Transferred out of Amazon Connect; a later copy of c-1 with a newer LastUpdateTimestamp. */
    private static final String TRANSFERRED = """
            {"ContactId":"c-3","Channel":"TASK","CustomerEndpoint":{"Address":"C-99"},"Attributes":{},
             "InitiationTimestamp":"2026-03-04T02:00:00Z","LastUpdateTimestamp":"2026-03-04T02:10:00Z",
             "Agent":{"AgentInteractionDuration":20,"AfterContactWorkDuration":0},
             "TransferredToEndpoint":{"Address":"+82200000000"}}""";
    private static final String UPDATED_COPY = ANSWERED.replace("2026-03-04T00:23:00Z", "2026-03-04T00:30:00Z");

    private static List<SourceRow> read(String json) {
        return rows(Files.open(json.getBytes(StandardCharsets.UTF_8), ReadOptions.detect()));
    }

    @Test
    void oneObjectAnArrayAndConcatenatedObjectsGiveTheSameRecords() {
        List<List<String>> concatenated = read(ANSWERED + "\n" + ABANDONED + TRANSFERRED).stream()
                .map(SourceRow::cells).toList();
        List<List<String>> array = read("[" + ANSWERED + ",\n" + ABANDONED + "," + TRANSFERRED + "]").stream()
                .map(SourceRow::cells).toList();
        assertThat(concatenated).hasSize(3).isEqualTo(array);
        assertThat(read(ANSWERED)).singleElement().extracting(SourceRow::cells).isEqualTo(concatenated.get(0));
    }

    @Test
    void recordsArePresentedWithBlueprintsContactColumns() throws Exception {
        try (Table table = Files.open((ANSWERED + ABANDONED + TRANSFERRED).getBytes(StandardCharsets.UTF_8),
                ReadOptions.detect())) {
            assertThat(table.description().type()).isEqualTo(FileType.CONNECT_JSON);
            assertThat(table.description().layout()).isEqualTo(Layout.CONNECT_CTR);
            assertThat(table.columns()).extracting(Column::id).containsExactly("contact_id", "customer",
                    "touchpoint_code", "started_at", "channel", "wait_seconds", "handle_seconds", "transfers",
                    "resolved", "abandoned", "resolved_at", "order_value", "currency", "updated_at");
            List<SourceRow> rows = rows(table);
            assertThat(rows.get(0).line()).isEqualTo(1);
            assertThat(rows.get(0).cells()).containsExactly("c-1", "+821012345678", "ret-call-01",
                    "2026-03-04T00:15:00Z", "PHONE", "42", "360", "0", "true", "false", "2026-03-04T00:22:42Z",
                    "49000", "KRW", "2026-03-04T00:23:00Z");
            assertThat(rows.get(1).cells()).containsExactly("c-2", "kim@example.com", "RET-CHAT-01",
                    "2026-03-04T01:00:00Z", "CHAT", "180", "", "0", "false", "true", "", "", "", "2026-03-04T01:03:05Z");
            assertThat(rows.get(2).cells()).containsExactly("c-3", "C-99", "", "2026-03-04T02:00:00Z", "WEB", "",
                    "20", "1", "false", "false", "", "", "", "2026-03-04T02:10:00Z");
        }
    }

    @Test
    void everyCopyIsMappedWithItsVersionForTheImporterToKeepTheLatest() throws Exception {
        try (Table table = Files.open((ANSWERED + UPDATED_COPY + ABANDONED).getBytes(StandardCharsets.UTF_8),
                ReadOptions.detect())) {
            ColumnMapping mapping = ColumnMapping.detect(MeasureKind.CONTACT_EVENT, table.description(), table.columns());
            assertThat(mapping.columns()).containsEntry("updated_at", "updated_at").hasSize(14);
            RowMapper mapper = new RowMapper(MeasureKind.CONTACT_EVENT, mapping.withFixedTouchpoint("RET-CALL-01"),
                    table.columns(), ZoneId.of("Asia/Seoul"),
                    Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), CesLabels.defaults());
            List<ContactRecord> contacts = rows(table).stream().map(mapper::map)
                    .peek(m -> assertThat(m.problems()).isEmpty()).map(m -> (ContactRecord) m.row()).toList();
            assertThat(contacts).extracting(ContactRecord::id).containsExactly("c-1", "c-1", "c-2");
            assertThat(contacts).extracting(ContactRecord::updatedAt).containsExactly(
                    Instant.parse("2026-03-04T00:23:00Z"), Instant.parse("2026-03-04T00:30:00Z"),
                    Instant.parse("2026-03-04T01:03:05Z"));
            ContactRecord answered = contacts.get(0);
            assertThat(answered.channel()).isEqualTo(Channel.PHONE);
            assertThat(answered.touchpointCode()).isEqualTo("RET-CALL-01");
            assertThat(answered.waitSeconds()).isEqualTo(42);
            assertThat(answered.handleSeconds()).isEqualTo(360);
            assertThat(answered.resolvedAt()).isEqualTo(Instant.parse("2026-03-04T00:22:42Z"));
            assertThat(answered.orderValue()).isEqualByComparingTo("49000");
            ContactRecord abandoned = contacts.get(2);
            assertThat(abandoned.abandoned()).isTrue();
            assertThat(abandoned.resolved()).isFalse();
            assertThat(abandoned.handleSeconds()).isZero();
            assertThat(abandoned.touchpointCode()).isEqualTo("RET-CHAT-01");
        }
    }

    @Test
    void anAttributeSaysWhetherTheContactWasResolved() {
        String unresolved = ANSWERED.replace("\"currency\":\"KRW\"", "\"currency\":\"KRW\",\"resolved\":\"no\"");
        assertThat(read(unresolved)).singleElement().satisfies(r -> {
            assertThat(r.cell(9)).isEqualTo("false");
            assertThat(r.cell(11)).isEmpty();
        });
    }

    @Test
    void brokenJsonIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> read(ANSWERED + "\n{\"ContactId\": \"c-9\",\n \"Channel\": VOICE}"))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(UnreadableFileException.JSON);
                    assertThat(e.line()).isEqualTo(11);
                });
        assertThatThrownBy(() -> read("[\"c-1\"]")).isInstanceOf(UnreadableFileException.class);
    }
}
