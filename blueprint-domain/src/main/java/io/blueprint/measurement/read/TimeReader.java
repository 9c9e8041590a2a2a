package io.blueprint.measurement.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Reads the times files hold: ISO-8601 with an offset or {@code Z}; ISO local date-times,
 * {@code M/D/YYYY H:MM[:SS]}, {@code YYYY/M/D H:MM[:SS]} and {@code YYYY-MM-DD HH:MM[:SS]} in the
 * import's zone; and first of all the mapping's own pattern, if it has one.
 */
final class TimeReader {

    private static final List<DateTimeFormatter> LOCAL_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            strict("M/d/uuuu H:mm[:ss]"),
            strict("uuuu/M/d H:mm[:ss]"),
            strict("uuuu-MM-dd H:mm[:ss][.SSS]"));

    private final ZoneId zone;
    private final DateTimeFormatter pattern;

    /** @throws IllegalArgumentException when the pattern is not a java.time pattern */
    TimeReader(ZoneId zone, String pattern) {
        this.zone = zone;
        this.pattern = pattern == null || pattern.isBlank() ? null : DateTimeFormatter.ofPattern(pattern);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The instant, or null when the text is none of the accepted forms. */
    Instant read(String text) {
        Instant own = pattern == null ? null : withPattern(text);
        if (own != null) {
            return own;
        }
        Instant plain = plainOffsetForm(text);
        if (plain != null) {
            return plain;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // no offset: a local time in the zone
        }
        for (DateTimeFormatter form : LOCAL_FORMS) {
            try {
                return LocalDateTime.parse(text, form).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // the next form, then
            }
        }
        return null;
    }

    /**
     * The form most files use, {@code uuuu-MM-ddTHH:mm:ss} with {@code Z} or {@code ±HH:MM}, read without the
     * formatter (which costs a few times as much); null for any other text, which the formatter then reads, so
     * that what is accepted and how it reads stays the formatter's.
     */
    static Instant plainOffsetForm(String text) {
        int length = text.length();
        if (length != 20 && length != 25 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int offsetSeconds;
        char sign = text.charAt(19);
        if (length == 20) {
            if (sign != 'Z') {
                return null;
            }
            offsetSeconds = 0;
        } else {
            int offsetHours = digits(text, 20, 2);
            int offsetMinutes = digits(text, 23, 2);
            if (sign != '+' && sign != '-' || text.charAt(22) != ':' || offsetHours < 0 || offsetMinutes < 0
                    || offsetHours > 18 || offsetMinutes > 59) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        }
        try {
            return Instant.ofEpochSecond(LocalDateTime.of(year, month, day, hour, minute, second)
                    .toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number of {@code count} ASCII digits at {@code start}, or −1. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private Instant withPattern(String text) {
        try {
            TemporalAccessor parsed = pattern.parseBest(text, ZonedDateTime::from, OffsetDateTime::from,
                    LocalDateTime::from, LocalDate::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return zoned.toInstant();
            }
            if (parsed instanceof OffsetDateTime offset) {
                return offset.toInstant();
            }
            if (parsed instanceof LocalDateTime local) {
                return local.atZone(zone).toInstant();
            }
            return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
