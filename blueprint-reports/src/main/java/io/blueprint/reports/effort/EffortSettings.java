package io.blueprint.reports.effort;

/**
 * The thresholds and assumptions of the effort reports. {@link EffortReports} uses an {@code EffortSettings}
 * bean when the application produces one (from configuration, like the policy settings), and
 * {@link #defaults()} otherwise.
 *
 * @param minimumResponses            below this many responses a touchpoint's status is too few responses (at least 2,
 *                                    so that every status beyond it has a confidence interval)
 * @param lowEffortAtLeast            a normalised CES at or above this is low effort
 * @param highEffortAtMost            a normalised CES at or below this is high effort
 * @param lowEffortRepurchaseRate     share of low-effort customers who buy again (principle 2: 94 %)
 * @param highEffortRepurchaseRate    share of high-effort customers who buy again (principle 2: 4 %)
 * @param beforeAfterDays             days on each side of the chosen day in a before/after comparison
 * @param maxPeriodDays               the longest period a report covers, in days, both ends included
 */
public record EffortSettings(int minimumResponses, double lowEffortAtLeast, double highEffortAtMost,
                             double lowEffortRepurchaseRate, double highEffortRepurchaseRate, int beforeAfterDays,
                             int maxPeriodDays) {

    /** Three years and a leap day. */
    public static final int DEFAULT_MAX_PERIOD_DAYS = 3 * 365 + 1;

    public EffortSettings {
        if (minimumResponses < 2) {
            throw new IllegalArgumentException("minimumResponses must be at least 2, not " + minimumResponses);
        }
        if (!(highEffortAtMost < lowEffortAtLeast) || highEffortAtMost < 1 || lowEffortAtLeast > 7) {
            throw new IllegalArgumentException("effort thresholds must lie on 1–7 with high effort below low effort, not "
                    + highEffortAtMost + " / " + lowEffortAtLeast);
        }
        if (!isShare(lowEffortRepurchaseRate) || !isShare(highEffortRepurchaseRate)) {
            throw new IllegalArgumentException("repurchase rates must be fractions 0–1, not " + lowEffortRepurchaseRate
                    + " / " + highEffortRepurchaseRate);
        }
        if (maxPeriodDays < 1) {
            throw new IllegalArgumentException("maxPeriodDays must be positive, not " + maxPeriodDays);
        }
        if (beforeAfterDays < 1 || 2L * beforeAfterDays > maxPeriodDays) {
            throw new IllegalArgumentException("beforeAfterDays must be 1–" + maxPeriodDays / 2 + ", not " + beforeAfterDays);
        }
    }

    private static boolean isShare(double value) {
        return value >= 0 && value <= 1;
    }

    /** Minimum 30 responses, low effort ≥ 5, high effort ≤ 3, repurchase 94 % / 4 %, 28 days each side, 3 years at most. */
    public static EffortSettings defaults() {
        return new EffortSettings(30, 5, 3, 0.94, 0.04, 28, DEFAULT_MAX_PERIOD_DAYS);
    }
}
