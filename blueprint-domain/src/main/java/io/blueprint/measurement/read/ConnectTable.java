package io.blueprint.measurement.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprint.journey.Channel;
import io.blueprint.measurement.MeasureKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Amazon Connect contact trace records (one object, an array of them, or objects one after another)
 * as a table with Blueprint's contact-event columns plus {@code updated_at}, parsed one record at a
 * time. Every copy of a record is handed out: delivery is at least once, and the importer keeps the
 * copy with the latest LastUpdateTimestamp per ContactId.
 *
 * <p>How a record becomes a contact event: wait = {@code Queue.Duration}; handle =
 * {@code Agent.AgentInteractionDuration + Agent.AfterContactWorkDuration} (empty without an agent);
 * transfers = 1 when the record has a {@code TransferredToEndpoint} or a
 * {@code TransferCompletedTimestamp} (a record knows of one transfer out at most), else 0; resolved =
 * the contact attribute {@code resolved} when set, else answered by an agent and not transferred;
 * abandoned = queued and never connected to an agent; resolved at = {@code DisconnectTimestamp} when
 * resolved; the touchpoint, order value and currency from the attributes {@code touchpoint_code} (or
 * {@code touchpoint}), {@code order_value} and {@code currency}. Unknown fields are ignored.
 */
final class ConnectTable implements Table {

    /** The column that carries a record's version. */
    static final String UPDATED_AT = "updated_at";
    private static final List<Column> COLUMNS = contactColumns();

    private final JsonParser parser;
    private final ObjectMapper mapper = new ObjectMapper();
    private final FileDescription description;

    ConnectTable(JsonParser parser, String encoding) {
        this.parser = parser;
        this.description = new FileDescription(FileType.CONNECT_JSON, encoding, null, 0, false, Layout.CONNECT_CTR,
                List.of(), null);
    }

    private static List<Column> contactColumns() {
        List<String> ids = Stream.concat(MeasureKind.CONTACT_EVENT.fields().stream(), Stream.of(UPDATED_AT)).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            columns.add(new Column(i + 1, ids.get(i), ids.get(i)));
        }
        return List.copyOf(columns);
    }

    @Override
    public FileDescription description() {
        return description;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            JsonToken token = parser.nextToken();
            // the array around the records, if any, is looked through: its objects are the records
            while (token == JsonToken.START_ARRAY || token == JsonToken.END_ARRAY) {
                token = parser.nextToken();
            }
            if (token == null) {
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                throw new UnreadableFileException(line, UnreadableFileException.JSON);
            }
            JsonNode record = mapper.readTree(parser);
            return new SourceRow(line, cells(record));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UnreadableFileException(at == null ? 0 : Math.max(at.getLineNr(), 0), UnreadableFileException.JSON);
        }
    }

    private static List<String> cells(JsonNode record) {
        JsonNode attributes = record.path("Attributes");
        JsonNode agent = record.path("Agent");
        JsonNode queue = record.path("Queue");
        boolean hasAgent = present(agent);
        boolean transferred = present(record.path("TransferredToEndpoint"))
                || present(record.path("TransferCompletedTimestamp"));
        String resolvedAttribute = text(attributes.path("resolved"));
        boolean resolved = resolvedAttribute.isEmpty() ? hasAgent && !transferred : Flags.isTrue(resolvedAttribute);
        String touchpoint = text(attributes.path("touchpoint_code"));
        return List.of(
                text(record.path("ContactId")),
                text(record.path("CustomerEndpoint").path("Address")),
                touchpoint.isEmpty() ? text(attributes.path("touchpoint")) : touchpoint,
                text(record.path("InitiationTimestamp")),
                channel(text(record.path("Channel"))),
                text(queue.path("Duration")),
                hasAgent ? String.valueOf(agent.path("AgentInteractionDuration").asLong()
                        + agent.path("AfterContactWorkDuration").asLong()) : "",
                transferred ? "1" : "0",
                String.valueOf(resolved),
                String.valueOf(present(queue) && !hasAgent),
                resolved ? text(record.path("DisconnectTimestamp")) : "",
                text(attributes.path("order_value")),
                text(attributes.path("currency")),
                text(record.path("LastUpdateTimestamp")));
    }

    private static String channel(String connect) {
        return switch (connect) {
            case "VOICE" -> Channel.PHONE.name();
            case "CHAT" -> Channel.CHAT.name();
            case "TASK" -> Channel.WEB.name();
            case "EMAIL" -> Channel.EMAIL.name();
            default -> connect;
        };
    }

    private static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull();
    }

    private static String text(JsonNode node) {
        return present(node) && node.isValueNode() ? node.asText() : "";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
