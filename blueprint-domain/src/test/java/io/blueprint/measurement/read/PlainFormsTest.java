package io.blueprint.measurement.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain scans that read the usual forms without a formatter or a regular expression answer what the
 * formatter and the expressions they stand in for answer, on the usual forms and on the edge ones.
 */
class PlainFormsTest {

    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00A0\\uFEFF]+|[\\s\\u00A0\\uFEFF]+$");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+(\\.0+)?");

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-03T09:00:00+09:00", "2026-09-03T09:00:00Z", "2026-09-03T23:59:59-05:30",
            "2024-02-29T00:00:00+00:00", "2026-12-31T23:59:59+14:00", "2026-01-01T00:00:00-18:00",
            "2026-01-01T00:00:00-00:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
    void usualTimesReadAsTheFormatterReadsThem(String text) {
        Instant plain = TimeReader.plainOffsetForm(text);
        assertThat(plain).isNotNull().isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        assertThat(new TimeReader(ZoneId.of("Asia/Seoul"), null).read(text)).isEqualTo(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00Z", "2026-02-30T09:00:00+09:00", "2026-13-01T09:00:00Z",
            "2026-04-31T09:00:00Z", "2026-09-03T24:00:00Z", "2026-09-03T09:60:00Z", "2026-09-03T09:00:60Z",
            "2026-09-03T09:00:00+19:00", "2026-09-03T09:00:00+09:60", "2026-09-03T09:00:00+0900",
            "2026-09-03 09:00:00+09:00", "2026-09-03T09:00:00.5Z", "2026-09-03t09:00:00z", "2026-09-03T09:00:00",
            "2026-9-03T09:00:00+09:00x", "+2026-09-03T09:00:00Z", "2026-09-03T09:00:00 09:00", "2026-09-03T0a:00:00Z", ""})
    void anyOtherTextIsLeftToTheFormatter(String text) {
        assertThat(TimeReader.plainOffsetForm(text)).isNull();
        Instant formatter;
        try {
            formatter = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            formatter = null;
        }
        if (formatter != null) {
            // the formatter's own forms beyond the plain one still read as it reads them
            assertThat(new TimeReader(ZoneId.of("Asia/Seoul"), null).read(text)).isEqualTo(formatter);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", " abc", "abc ", "  a b  ", "\tx\r\n", "\u00A0x\u00A0", "\uFEFFid", "   ",
            "\u000Bx\f", "\u2003x", "x\u00A0\u00A0 ", "한글 이름 "})
    void cellsAreTrimmedAsTheExpressionTrimsThem(String text) {
        assertThat(RowMapper.trimmed(text)).isEqualTo(EDGE_SPACE.matcher(text).replaceAll(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "7", "-3", "+4", "12.0", "12.00", "12.", "12.5", "1.0.0", "-", "+", ".0", "٣",
            "0x10", "1e3", " 1", "007", "-0.0", "2147483648"})
    void integersAreTheExpressionsIntegers(String text) {
        assertThat(RowMapper.isInteger(text)).isEqualTo(INTEGER.matcher(text).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "36", "575", "123456789", "1234567890", "-1", "+1", "1.0", "1:30", "٣", " 5"})
    void plainCountsAreOneToNineAsciiDigits(String text) {
        int expected = text.matches("[0-9]{1,9}") ? Integer.parseInt(text) : -1;
        assertThat(RowMapper.plainCount(text)).isEqualTo(expected);
    }
}
