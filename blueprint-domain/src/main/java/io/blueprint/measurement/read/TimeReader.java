package io.blueprint.measurement.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
