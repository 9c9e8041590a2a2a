package io.blueprint.reports.effort;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a KPI's free-text unit says: whether it is a percentage, the threshold a service level names
 * ("% in 120 s", "% (120초 내)", "% in 2 min") and the time unit of a wait KPI. The KPI stores its service level's
 * threshold only inside its unit, so that is where it is read.
 */
final class KpiUnits {

    private static final Pattern DURATION = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(seconds|second|secs|sec|s|초|minutes|minute|mins|min|m|분|hours|hour|hrs|hr|h|시간)(?![a-z])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private KpiUnits() {
    }

    static boolean isPercent(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        return u.contains("%") || u.contains("percent") || u.contains("퍼센트");
    }

    /** The whole seconds a duration in the unit stands for (rounded down: waits are whole seconds), or null. */
    static Integer thresholdSeconds(String unit) {
        if (unit == null) {
            return null;
        }
        Matcher m = DURATION.matcher(unit);
        if (!m.find()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        return amount.multiply(BigDecimal.valueOf(secondsPer(m.group(2)))).intValue();
    }

    /** Seconds per unit of a wait KPI's unit: 60 for minutes, 3600 for hours, else 1. */
    static int waitScale(String unit) {
        if (unit == null) {
            return 1;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.isEmpty() ? 1 : secondsPer(u);
    }

    private static int secondsPer(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("h") || w.equals("시간")) {
            return 3600;
        }
        if ((w.startsWith("m") && !w.startsWith("ms")) || w.equals("분")) {
            return 60;
        }
        return 1;
    }
}
