package io.blueprint.reports.outcome;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The company days a guarantee outcome report covers, both included. The page's presets and the API's default are
 * whole months back from the current one, which runs up to today: months are how breaches and costs are counted.
 */
public record OutcomePeriod(LocalDate from, LocalDate to) {

    /** Whole months before the current one in the default period (the current month is added, up to today). */
    public static final int DEFAULT_MONTHS = 6;

    /** The last {@code months} whole months and the current month up to {@code today}. */
    public static OutcomePeriod lastMonths(int months, LocalDate today) {
        return new OutcomePeriod(YearMonth.from(today).minusMonths(months).atDay(1), today);
    }

    /** From the first of January up to {@code today}. */
    public static OutcomePeriod thisYear(LocalDate today) {
        return new OutcomePeriod(today.withDayOfYear(1), today);
    }

    /**
     * The days asked for, either left out: without both, the default months up to today; with only the first day, that
     * day's month and the default months after it; with only the last, the default months before its month.
     */
    public static OutcomePeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to;
        if (last == null) {
            last = from == null ? today : YearMonth.from(from).plusMonths(DEFAULT_MONTHS).atEndOfMonth();
        }
        LocalDate first = from == null ? YearMonth.from(last).minusMonths(DEFAULT_MONTHS).atDay(1) : from;
        return new OutcomePeriod(first, last);
    }
}
