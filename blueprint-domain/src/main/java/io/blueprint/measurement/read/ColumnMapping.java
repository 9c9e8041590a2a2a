package io.blueprint.measurement.read;

import io.blueprint.measurement.CesScale;
import io.blueprint.measurement.MeasureKind;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which column of a file holds which field of a measured kind, and what the file does not say for
 * itself: chosen on the import preview and saved per source (as JSON, with these field names) so that
 * the next file of the source imports without questions.
 *
 * @param columns         field name (of {@link MeasureKind#fields()}, or {@code updated_at} for contact
 *                        events) → column id, or {@code #N} for the N-th column
 * @param fixedTouchpoint the touchpoint code of every row, when the file has no touchpoint column
 * @param fixedChannel    the channel of every row without one (null: the touchpoint's)
 * @param zone            the zone of times without an offset (null: the import's zone)
 * @param timePattern     a {@link java.time.format.DateTimeFormatter} pattern tried before the usual forms
 * @param cesScale        the scale of every CES answer, when the file has no {@code ces_scale} column
 * @param headerRows      extra header rows, as {@link ReadOptions#headerRows()}; null: detected
 * @param headerless      as {@link ReadOptions#headerless()}; null: detected
 * @param encoding        a charset name; null: detected
 */
public record ColumnMapping(Map<String, String> columns, String fixedTouchpoint, String fixedChannel, String zone,
                            String timePattern, CesScale cesScale, Integer headerRows, Boolean headerless,
                            Character separator, String encoding, String sheet) implements java.io.Serializable {

    /** The contact-event field that carries a record's version (Amazon Connect's LastUpdateTimestamp). */
    public static final String UPDATED_AT = ConnectTable.UPDATED_AT;

    private static final Pattern POSITION = Pattern.compile("#(\\d+)");
    private static final Pattern NOT_A_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A question about effort: a CES column of a survey export. */
    private static final Pattern CES_QUESTION =
            Pattern.compile("(^|[^\\p{L}])ces([^\\p{L}]|$)|effort|easy|쉽|노력", Pattern.CASE_INSENSITIVE);

    /** Header names each field is known by in other tools' exports, best first (compared as {@link #nameKey}). */
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("response_id", List.of("responseid", "response", "id")),
            Map.entry("touchpoint_code", List.of("touchpointcode", "touchpoint", "접점코드", "접점")),
            Map.entry("answered_at", List.of("answeredat", "enddate", "datesubmitted", "submittedat", "submitted",
                    "timestamp", "recordeddate", "date", "time")),
            Map.entry("channel", List.of("channel", "채널")),
            Map.entry("ces_scale", List.of("cesscale")),
            Map.entry("csat", List.of("csat", "satisfaction", "만족도")),
            Map.entry("nps", List.of("nps", "recommend", "추천")),
            Map.entry("customer", List.of("customer", "customerid", "recipientemail", "externalreference",
                    "externaldatareference", "emailaddress", "email", "고객")),
            Map.entry("contact_id", List.of("contactid", "callid", "interactionid", "uniqueid", "id")),
            Map.entry("started_at", List.of("startedat", "started", "starttime", "start", "calldate",
                    "initiationtimestamp")),
            Map.entry("wait_seconds", List.of("waitseconds", "wait", "waittime", "queuetime", "queueduration")),
            Map.entry("handle_seconds", List.of("handleseconds", "handle", "handletime", "aht", "talktime")),
            Map.entry("transfers", List.of("transfers", "transfercount")),
            Map.entry("resolved", List.of("resolved", "fcr")),
            Map.entry("abandoned", List.of("abandoned")),
            Map.entry("resolved_at", List.of("resolvedat")),
            Map.entry("order_value", List.of("ordervalue", "amount")),
            Map.entry("currency", List.of("currency")),
            Map.entry(UPDATED_AT, List.of("updatedat", "lastupdatetimestamp")),
            Map.entry("case_id", List.of("caseid", "ticketid", "id")),
            Map.entry("kind", List.of("kind", "casekind", "casetype", "type")),
            Map.entry("opened_at", List.of("openedat", "opened", "createdat", "created")),
            Map.entry("closed_at", List.of("closedat", "closed")));

    public ColumnMapping {
        Map<String, String> kept = new LinkedHashMap<>();
        if (columns != null) {
            columns.forEach((field, column) -> {
                if (field != null && column != null && !column.isBlank()) {
                    kept.put(field, column.strip());
                }
            });
        }
        columns = Collections.unmodifiableMap(kept);
    }

    /** A mapping of the columns alone; everything else detected or the import's. */
    public static ColumnMapping of(Map<String, String> columns) {
        return new ColumnMapping(columns, null, null, null, null, null, null, null, null, null, null);
    }

    /** The fields a mapping may name for a kind: its CSV fields, and a contact event's version. */
    public static List<String> fieldsOf(MeasureKind kind) {
        if (kind != MeasureKind.CONTACT_EVENT) {
            return kind.fields();
        }
        return java.util.stream.Stream.concat(kind.fields().stream(), java.util.stream.Stream.of(UPDATED_AT)).toList();
    }

    /**
     * The best guess for a file: Blueprint and contact-trace headers map to themselves, survey tools'
     * and other headers by the names each field is known by (Qualtrics' ResponseId and EndDate, in
     * a legacy export by their labels), a CES column by a question about effort. Never throws; what
     * it cannot tell stays unmapped for the person to choose.
     */
    public static ColumnMapping detect(MeasureKind kind, FileDescription description, List<Column> columns) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        if (description.layout() != Layout.HEADERLESS) {
            for (String field : fieldsOf(kind)) {
                Optional<Column> column = field.equals("ces") ? cesColumn(columns, taken)
                        : namedColumn(NAMES.getOrDefault(field, List.of(nameKey(field))), columns, taken);
                column.ifPresent(c -> {
                    taken.add(c.position());
                    chosen.put(field, reference(c, columns));
                });
            }
        }
        boolean generic = description.layout() == Layout.GENERIC || description.layout() == Layout.HEADERLESS;
        return new ColumnMapping(chosen, null, null, null, null, null,
                generic ? description.headerRows() : null, generic ? description.headerless() : null,
                null, null, null);
    }

    private static Optional<Column> namedColumn(List<String> names, List<Column> columns, Set<Integer> taken) {
        for (String name : names) {
            for (Column column : columns) {
                if (!taken.contains(column.position())
                        && (nameKey(column.id()).equals(name) || nameKey(column.label()).equals(name))) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Column> cesColumn(List<Column> columns, Set<Integer> taken) {
        return namedColumn(List.of("ces"), columns, taken).or(() -> columns.stream()
                .filter(c -> !taken.contains(c.position()) && !nameKey(c.id()).equals("cesscale"))
                .filter(c -> CES_QUESTION.matcher(c.id()).find() || CES_QUESTION.matcher(c.label()).find())
                .findFirst());
    }

    /** How a mapping names a column: by its id, or by position when another column has the same id. */
    public static String reference(Column column, List<Column> columns) {
        long same = columns.stream().filter(c -> c.id().equals(column.id())).count();
        return same == 1 ? column.id() : Column.positional(column.position());
    }

    /**
     * The column a mapping's reference names: {@code #N} by position, else the column with that id
     * (the first, if several), compared as normalised text, then ignoring case, then the label.
     */
    public static Optional<Column> resolve(String reference, List<Column> columns) {
        var position = POSITION.matcher(reference.strip());
        if (position.matches()) {
            int p = Integer.parseInt(position.group(1));
            return columns.stream().filter(c -> c.position() == p).findFirst()
                    .or(() -> p >= 1 ? Optional.of(new Column(p, Column.positional(p), Column.positional(p)))
                            : Optional.empty());
        }
        String wanted = Column.normalise(reference);
        return columns.stream().filter(c -> c.id().equals(wanted)).findFirst()
                .or(() -> columns.stream().filter(c -> c.id().equalsIgnoreCase(wanted)).findFirst())
                .or(() -> columns.stream().filter(c -> c.label().equalsIgnoreCase(wanted)).findFirst());
    }

    /** How a header is compared with the names a field is known by: lower case, letters and digits only. */
    static String nameKey(String header) {
        return NOT_A_NAME.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The options that read the next file of the source as this one was read. */
    public ReadOptions readOptions() {
        return new ReadOptions(null, encoding == null ? null : Charset.forName(encoding), separator, headerRows,
                headerless, sheet);
    }

    /** This mapping with one field's column changed (null: unmapped). */
    public ColumnMapping withColumn(String field, String column) {
        Map<String, String> changed = new LinkedHashMap<>(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new ColumnMapping(changed, fixedTouchpoint, fixedChannel, zone, timePattern, cesScale, headerRows,
                headerless, separator, encoding, sheet);
    }

    public ColumnMapping withFixedTouchpoint(String code) {
        return new ColumnMapping(columns, code, fixedChannel, zone, timePattern, cesScale, headerRows, headerless,
                separator, encoding, sheet);
    }

    public ColumnMapping withZone(String newZone) {
        return new ColumnMapping(columns, fixedTouchpoint, fixedChannel, newZone, timePattern, cesScale, headerRows,
                headerless, separator, encoding, sheet);
    }

    public ColumnMapping withTimePattern(String pattern) {
        return new ColumnMapping(columns, fixedTouchpoint, fixedChannel, zone, pattern, cesScale, headerRows,
                headerless, separator, encoding, sheet);
    }

    public ColumnMapping withCesScale(CesScale scale) {
        return new ColumnMapping(columns, fixedTouchpoint, fixedChannel, zone, timePattern, scale, headerRows,
                headerless, separator, encoding, sheet);
    }

    public ColumnMapping withFixedChannel(String channel) {
        return new ColumnMapping(columns, fixedTouchpoint, channel, zone, timePattern, cesScale, headerRows,
                headerless, separator, encoding, sheet);
    }
}
