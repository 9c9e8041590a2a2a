package io.blueprint.measurement.read;

import io.blueprint.journey.Channel;
import io.blueprint.journey.Touchpoint;
import io.blueprint.measurement.CaseKind;
import io.blueprint.measurement.CaseRecord;
import io.blueprint.measurement.CesScale;
import io.blueprint.measurement.ContactRecord;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasuredRow;
import io.blueprint.measurement.RowProblem;
import io.blueprint.measurement.SurveyAnswer;
import io.blueprint.shared.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a table's records into measured rows of one kind through a column mapping, checking each
 * value's form: ids present and short, touchpoint codes as the blueprint writes them, times that
 * parse and do not lie in the future, scores within their scales ("no answer" codes are missing
 * values), durations, counts and amounts not below zero, flags, channels, case kinds and currencies
 * it knows. A rejected record gets one problem per bad value, naming the column and the value as read
 * — except a customer's, which never leaves the row. Whether a touchpoint exists in the service is the
 * importer's question.
 */
public final class RowMapper {

    /** How long an id may be. */
    public static final int ID_MAX = 100;
    /** How long a customer identifier may be (it is hashed, but an endless one is a wrong column). */
    public static final int CUSTOMER_MAX = 256;
    /** How far ahead of the clock a time may be: the source's clock may be a little fast. */
    public static final Duration CLOCK_LEEWAY = Duration.ofMinutes(5);

    private static final Set<String> NO_ANSWER = Set.of("", "n/a", "na", "-", "no answer", "무응답");
    /** How many texts of a column with few values (channels, codes) a mapper remembers the reading of. */
    private static final int KNOWN_MAX = 256;
    private static final Pattern CLOCK_DURATION = Pattern.compile("(\\d+):([0-5]\\d)(?::([0-5]\\d))?");
    private static final Pattern CHANNEL_SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Map<String, Channel> CHANNEL_WORDS = Map.of(
            "VOICE", Channel.PHONE, "CALL", Channel.PHONE, "TELEPHONE", Channel.PHONE, "E_MAIL", Channel.EMAIL,
            "MAIL", Channel.EMAIL, "VISIT", Channel.FIELD_VISIT);

    private final MeasureKind kind;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final List<String> missingFields;
    private final String fixedTouchpoint;
    private final Channel fixedChannel;
    private final CesScale fixedScale;
    private final TimeReader times;
    private final Clock clock;
    private final CesLabels labels;
    /** Channel texts and touchpoint codes read before, with what they read as (a file repeats a few of each). */
    private final Map<String, Channel> knownChannels = new HashMap<>();
    private final Map<String, String> knownCodes = new HashMap<>();

    /**
     * @throws DomainException when the mapping itself is wrong: a field the kind lacks, a fixed touchpoint
     *                         code or channel that is none, a zone or time pattern that is none
     */
    public RowMapper(MeasureKind kind, ColumnMapping mapping, List<Column> tableColumns, ZoneId importZone,
                     Clock clock, CesLabels labels) {
        this.kind = kind;
        this.clock = clock;
        this.labels = labels;
        List<String> fields = ColumnMapping.fieldsOf(kind);
        mapping.columns().forEach((field, reference) -> {
            if (!fields.contains(field)) {
                throw new DomainException(RowReasons.MAPPING_FIELD, field);
            }
            ColumnMapping.resolve(reference, tableColumns).ifPresent(column -> columns.put(field, column));
        });
        this.fixedTouchpoint = mapping.fixedTouchpoint() == null || mapping.fixedTouchpoint().isBlank() ? null
                : Touchpoint.normaliseCode(mapping.fixedTouchpoint());
        this.fixedChannel = mapping.fixedChannel() == null || mapping.fixedChannel().isBlank() ? null
                : fixedChannel(mapping.fixedChannel());
        this.fixedScale = mapping.cesScale();
        this.times = new TimeReader(zone(mapping.zone(), importZone), timePattern(mapping.timePattern()));
        this.missingFields = required().stream().filter(f -> !columns.containsKey(f)).toList();
    }

    private static Channel fixedChannel(String name) {
        Channel channel = channelOf(name);
        if (channel == null) {
            throw new DomainException(RowReasons.MAPPING_CHANNEL, name);
        }
        return channel;
    }

    private static ZoneId zone(String zone, ZoneId importZone) {
        if (zone == null || zone.isBlank()) {
            return importZone;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new DomainException(RowReasons.MAPPING_ZONE, zone);
        }
    }

    private static String timePattern(String pattern) {
        try {
            new TimeReader(ZoneId.of("UTC"), pattern);
            return pattern;
        } catch (IllegalArgumentException e) {
            throw new DomainException(RowReasons.MAPPING_TIME_PATTERN, pattern);
        }
    }

    private List<String> required() {
        List<String> required = new ArrayList<>(switch (kind) {
            case SURVEY_RESPONSE -> List.of("response_id", "touchpoint_code", "answered_at", "ces", "ces_scale");
            case CONTACT_EVENT -> List.of("contact_id", "touchpoint_code", "started_at");
            case SERVICE_CASE -> List.of("case_id", "kind", "touchpoint_code", "opened_at");
        });
        if (fixedTouchpoint != null) {
            required.remove("touchpoint_code");
        }
        if (fixedScale != null) {
            required.remove("ces_scale");
        }
        return List.copyOf(required);
    }

    /** The required fields that the mapping leaves without a column (nor a fixed value): refuse before reading. */
    public List<String> missingFields() {
        return missingFields;
    }

    public MappedRow map(SourceRow source) {
        Cells cells = new Cells(source);
        MeasuredRow row = switch (kind) {
            case SURVEY_RESPONSE -> survey(cells);
            case CONTACT_EVENT -> contact(cells);
            case SERVICE_CASE -> serviceCase(cells);
        };
        return new MappedRow(source.line(), cells.problems.isEmpty() ? row : null, cells.problems);
    }

    private SurveyAnswer survey(Cells cells) {
        String id = cells.id("response_id");
        String touchpoint = cells.touchpoint();
        Instant answeredAt = cells.time("answered_at", true);
        Channel channel = cells.channel();
        CesScale scale = cells.scale();
        Integer ces = scale == null ? null : cells.ces(scale);
        Integer csat = cells.score("csat", 1, 5);
        Integer nps = cells.score("nps", 0, 10);
        String customer = cells.customer();
        return cells.problems.isEmpty()
                ? new SurveyAnswer(cells.line, id, touchpoint, answeredAt, channel, ces, scale, csat, nps, customer)
                : null;
    }

    private ContactRecord contact(Cells cells) {
        String id = cells.id("contact_id");
        String customer = cells.customer();
        String touchpoint = cells.touchpoint();
        Instant startedAt = cells.time("started_at", true);
        Channel channel = cells.channel();
        int wait = cells.duration("wait_seconds");
        int handle = cells.duration("handle_seconds");
        int transfers = cells.count("transfers");
        boolean resolved = cells.flag("resolved");
        boolean abandoned = cells.flag("abandoned");
        Instant resolvedAt = cells.time("resolved_at", false);
        cells.notBefore("resolved_at", resolvedAt, startedAt);
        BigDecimal orderValue = cells.amount("order_value");
        String currency = cells.currency(orderValue);
        Instant updatedAt = cells.time(ColumnMapping.UPDATED_AT, false);
        return cells.problems.isEmpty()
                ? new ContactRecord(cells.line, id, customer, touchpoint, startedAt, channel, wait, handle, transfers,
                resolved, abandoned, resolvedAt, orderValue, currency, updatedAt)
                : null;
    }

    private CaseRecord serviceCase(Cells cells) {
        String id = cells.id("case_id");
        CaseKind caseKind = cells.caseKind();
        String touchpoint = cells.touchpoint();
        Instant openedAt = cells.time("opened_at", true);
        Instant closedAt = cells.time("closed_at", false);
        cells.notBefore("closed_at", closedAt, openedAt);
        String customer = cells.customer();
        BigDecimal orderValue = cells.amount("order_value");
        String currency = cells.currency(orderValue);
        return cells.problems.isEmpty()
                ? new CaseRecord(cells.line, id, caseKind, touchpoint, openedAt, closedAt, customer, orderValue, currency)
                : null;
    }

    private static Channel channelOf(String text) {
        String name = CHANNEL_SEPARATORS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        try {
            return Channel.valueOf(name);
        } catch (IllegalArgumentException e) {
            return CHANNEL_WORDS.get(name);
        }
    }

    /** One record's cells by field, and the problems found reading them. */
    private final class Cells {

        private final SourceRow source;
        private final long line;
        private final List<RowProblem> problems = new ArrayList<>();

        Cells(SourceRow source) {
            this.source = source;
            this.line = source.line();
        }

        /** The cell's text, trimmed; "" when the field has no column. */
        private String text(String field) {
            Column column = columns.get(field);
            return column == null ? "" : trimmed(source.cell(column.position()));
        }

        private String column(String field) {
            Column column = columns.get(field);
            return column == null ? field : column.id();
        }

        private void problem(String field, String value, String reason, Object... arguments) {
            problems.add(RowProblem.of(line, column(field), value, reason, arguments));
        }

        String id(String field) {
            String id = text(field);
            if (id.isEmpty()) {
                problem(field, id, RowReasons.MISSING);
            } else if (id.length() > ID_MAX) {
                problem(field, id, RowReasons.TOO_LONG, ID_MAX);
            }
            return id;
        }

        String touchpoint() {
            if (fixedTouchpoint != null && !columns.containsKey("touchpoint_code")) {
                return fixedTouchpoint;
            }
            String code = text("touchpoint_code");
            if (code.isEmpty()) {
                if (fixedTouchpoint != null) {
                    return fixedTouchpoint;
                }
                problem("touchpoint_code", code, RowReasons.MISSING);
                return null;
            }
            String known = knownCodes.get(code);
            if (known != null) {
                return known;
            }
            try {
                String normalised = Touchpoint.normaliseCode(code);
                if (knownCodes.size() < KNOWN_MAX) {
                    knownCodes.put(code, normalised);
                }
                return normalised;
            } catch (DomainException e) {
                problem("touchpoint_code", code, e.getMessageKey(), e.getArguments());
                return null;
            }
        }

        Instant time(String field, boolean required) {
            String text = text(field);
            if (text.isEmpty()) {
                if (required) {
                    problem(field, text, RowReasons.MISSING);
                }
                return null;
            }
            Instant time = times.read(text);
            if (time == null) {
                problem(field, text, RowReasons.TIME);
            } else if (time.isAfter(clock.instant().plus(CLOCK_LEEWAY))) {
                problem(field, text, RowReasons.FUTURE);
                return null;
            }
            return time;
        }

        void notBefore(String field, Instant later, Instant earlier) {
            if (later != null && earlier != null && later.isBefore(earlier)) {
                problem(field, text(field), RowReasons.CLOSED_BEFORE_OPENED);
            }
        }

        Channel channel() {
            String text = text("channel");
            if (text.isEmpty()) {
                return fixedChannel;
            }
            Channel channel = knownChannels.get(text);
            if (channel == null) {
                channel = channelOf(text);
                if (channel == null) {
                    problem("channel", text, RowReasons.CHANNEL);
                } else if (knownChannels.size() < KNOWN_MAX) {
                    knownChannels.put(text, channel);
                }
            }
            return channel;
        }

        CesScale scale() {
            String text = text("ces_scale");
            if (text.isEmpty()) {
                if (fixedScale == null) {
                    problem("ces_scale", text, RowReasons.MISSING);
                }
                return fixedScale;
            }
            try {
                return CesScale.valueOf(text.toUpperCase(Locale.ROOT).replace(" ", "").replace(".0", ""));
            } catch (IllegalArgumentException e) {
                problem("ces_scale", text, RowReasons.CES_SCALE);
                return null;
            }
        }

        /** A CES answer as a point or one of its scale's labels; "no answer" is a missing answer. */
        Integer ces(CesScale scale) {
            String text = text("ces");
            if (isNoAnswer(text)) {
                problem("ces", text, RowReasons.MISSING);
                return null;
            }
            if (!isInteger(text)) {
                var point = labels.point(scale, text);
                if (point.isEmpty()) {
                    problem("ces", text, RowReasons.NOT_NUMBER);
                    return null;
                }
                return point.getAsInt();
            }
            return within("ces", text, scale.min(), scale.max());
        }

        /** An optional score: "no answer" is none. */
        Integer score(String field, int min, int max) {
            String text = text(field);
            if (isNoAnswer(text)) {
                return null;
            }
            if (!isInteger(text)) {
                problem(field, text, RowReasons.NOT_NUMBER);
                return null;
            }
            return within(field, text, min, max);
        }

        private Integer within(String field, String text, int min, int max) {
            BigDecimal value = new BigDecimal(text);
            if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                // survey tools' recodes (10–13 for a 1–4 matrix) land here too
                problem(field, text, RowReasons.OUT_OF_SCALE, min, max);
                return null;
            }
            return value.intValue();
        }

        private boolean isNoAnswer(String text) {
            return NO_ANSWER.contains(text.toLowerCase(Locale.ROOT))
                    || isInteger(text) && text.startsWith("-") && new BigDecimal(text).signum() < 0;
        }

        /** Seconds, H:MM:SS or M:SS; empty (an unanswered contact) is 0. */
        int duration(String field) {
            String text = text(field);
            if (text.isEmpty()) {
                return 0;
            }
            int plain = plainCount(text);
            if (plain >= 0) {
                return plain;
            }
            Matcher clockForm = CLOCK_DURATION.matcher(text);
            if (clockForm.matches()) {
                long seconds = clockForm.group(3) == null
                        ? Long.parseLong(clockForm.group(1)) * 60 + Long.parseLong(clockForm.group(2))
                        : Long.parseLong(clockForm.group(1)) * 3600 + Long.parseLong(clockForm.group(2)) * 60
                        + Long.parseLong(clockForm.group(3));
                return seconds <= Integer.MAX_VALUE ? (int) seconds : durationProblem(field, text);
            }
            BigDecimal seconds = decimal(text);
            if (seconds == null) {
                return durationProblem(field, text);
            }
            if (seconds.signum() < 0) {
                problem(field, text, RowReasons.NEGATIVE);
                return 0;
            }
            BigDecimal whole = seconds.setScale(0, RoundingMode.HALF_UP);
            return whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0 ? whole.intValue()
                    : durationProblem(field, text);
        }

        private int durationProblem(String field, String text) {
            problem(field, text, RowReasons.DURATION);
            return 0;
        }

        /** A count not below zero; empty is 0. */
        int count(String field) {
            String text = text(field);
            if (text.isEmpty()) {
                return 0;
            }
            int plain = plainCount(text);
            if (plain >= 0) {
                return plain;
            }
            if (!isInteger(text) || new BigDecimal(text).abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problem(field, text, RowReasons.NOT_NUMBER);
                return 0;
            }
            int count = new BigDecimal(text).intValue();
            if (count < 0) {
                problem(field, text, RowReasons.NEGATIVE);
                return 0;
            }
            return count;
        }

        /** An optional yes/no; empty is no. */
        boolean flag(String field) {
            String text = text(field);
            if (text.isEmpty()) {
                return false;
            }
            Boolean flag = Flags.parse(text);
            if (flag == null) {
                problem(field, text, RowReasons.FLAG);
                return false;
            }
            return flag;
        }

        /** An optional amount not below zero. */
        BigDecimal amount(String field) {
            String text = text(field);
            if (text.isEmpty()) {
                return null;
            }
            BigDecimal amount = decimal(text);
            if (amount == null) {
                problem(field, text, RowReasons.NOT_NUMBER);
            } else if (amount.signum() < 0) {
                problem(field, text, RowReasons.NEGATIVE);
                return null;
            }
            return amount;
        }

        /** The currency of an order value: required with one, ignored without. */
        String currency(BigDecimal orderValue) {
            String text = text("currency");
            if (orderValue == null && text.isEmpty()) {
                return null;
            }
            if (text.isEmpty()) {
                problem("currency", text, RowReasons.MISSING);
                return null;
            }
            if (!CURRENCY_CODE.matcher(text).matches() || !isCurrency(text)) {
                problem("currency", text, RowReasons.CURRENCY);
                return null;
            }
            return orderValue == null ? null : text;
        }

        CaseKind caseKind() {
            String text = text("kind");
            if (text.isEmpty()) {
                problem("kind", text, RowReasons.MISSING);
                return null;
            }
            try {
                return CaseKind.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("kind", text, RowReasons.KIND);
                return null;
            }
        }

        /** The raw customer identifier, or null; its value never goes into a problem. */
        String customer() {
            String text = text("customer");
            if (text.length() > CUSTOMER_MAX) {
                problem("customer", "", RowReasons.TOO_LONG, CUSTOMER_MAX);
                return null;
            }
            return text.isEmpty() ? null : text;
        }
    }

    /**
     * The text without the spaces around it, no-break spaces and byte-order marks included; those inside (a
     * customer's name) stay. The spaces are the regular expression {@code \\s} ones (ASCII white space).
     */
    static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isEdgeSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    private static boolean isEdgeSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\uFEFF';
    }

    /** The number that one to nine ASCII digits (no sign) write, or −1 for any other text. */
    static int plainCount(String text) {
        int length = text.length();
        if (length == 0 || length > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether the text is an integer as {@code [-+]?\\d+(\\.0+)?} (ASCII digits) says. */
    static boolean isInteger(String text) {
        int i = 0;
        int length = text.length();
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (text.charAt(i) != '.' || i + 1 == length) {
            return false;
        }
        for (i++; i < length; i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
