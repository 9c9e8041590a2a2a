package io.blueprint.measurement.read;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a spreadsheet's numeric cells as the import reads them, whatever display format they have:
 * dates as ISO-8601 local date-times ({@code 2026-03-04T09:15:00}), times of day and elapsed times as
 * {@code H:MM:SS} (durations), other numbers as plain decimals ({@code 10000000}, not {@code 1.0E7}; no {@code .0}).
 */
final class SpreadsheetFormatter extends DataFormatter {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final int SECONDS_PER_DAY = 86_400;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            boolean elapsed = formatString != null && formatString.contains("[");
            if (value < 1 || elapsed) {
                return duration(Math.round(value * SECONDS_PER_DAY));
            }
            LocalDateTime time = DateUtil.getLocalDateTime(value, false, true);
            return time.format(ISO_SECONDS);
        }
        return plain(value);
    }

    private static String duration(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
