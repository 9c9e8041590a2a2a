package io.blueprint.measurement.read;

/**
 * The message keys of a rejected row's problems (worded in the bundles; the error report's reason
 * column), and of a column mapping that cannot be used. A touchpoint code that breaks the blueprint's
 * rules keeps the blueprint's own key ({@code touchpoint.code.format}, {@code touchpoint.code.tooLong}).
 */
public final class RowReasons {

    /** A required value is empty, or a code that means "no answer" ("N/A", a negative code). */
    public static final String MISSING = "import.row.missing";
    /** Not a number (nor, for CES, one of its answer labels). */
    public static final String NOT_NUMBER = "import.row.notNumber";
    /** A score outside its scale; arguments: the scale's minimum and maximum. */
    public static final String OUT_OF_SCALE = "import.row.outOfScale";
    /** Not a time in any of the accepted forms (or the mapping's pattern). */
    public static final String TIME = "import.row.time";
    /** A time later than now (five minutes of clock difference allowed). */
    public static final String FUTURE = "import.row.future";
    /** A duration, count or amount below zero. */
    public static final String NEGATIVE = "import.row.negative";
    /** Not a duration: whole seconds, H:MM:SS or M:SS. */
    public static final String DURATION = "import.row.duration";
    /** A case closed (or a contact resolved) before it was opened (started). */
    public static final String CLOSED_BEFORE_OPENED = "import.row.closedBeforeOpened";
    /** Not one of the blueprint's channels. */
    public static final String CHANNEL = "import.row.channel";
    /** Not a yes/no value (Y/N, yes/no, true/false, 1/0). */
    public static final String FLAG = "import.row.flag";
    /** Not a case kind (delivery, refund, repair, other). */
    public static final String KIND = "import.row.kind";
    /** Not an ISO 4217 currency code of three capital letters. */
    public static final String CURRENCY = "import.row.currency";
    /** Longer than allowed; argument: the maximum length. */
    public static final String TOO_LONG = "import.row.tooLong";
    /** Not a CES scale (CES2 or CES1). */
    public static final String CES_SCALE = "import.row.cesScale";

    /** A mapping names a field the kind does not have; argument: the field. */
    public static final String MAPPING_FIELD = "import.mapping.field";
    /** A mapping's zone is not a time zone; argument: the zone. */
    public static final String MAPPING_ZONE = "import.mapping.zone";
    /** A mapping's time pattern is not a java.time pattern; argument: the pattern. */
    public static final String MAPPING_TIME_PATTERN = "import.mapping.timePattern";
    /** A mapping's fixed channel is not a channel; argument: the channel. */
    public static final String MAPPING_CHANNEL = "import.mapping.channel";
    /** A CES label line is not {@code label=point} within the scale; arguments: the line number, the line. */
    public static final String CES_LABEL_LINE = "import.cesLabels.line";

    private RowReasons() {
    }
}
