package io.blueprint.reports.effort;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One ISO week (Monday first) of a trend: the days of the week that lie in the period, and what was measured on
 * them. Every week of the period is listed, empty ones with zero counts and null figures.
 *
 * @param week     ISO week-based year and week, e.g. {@code 2026-W40}
 * @param firstDay the week's Monday, or the period's first day when it starts within the week
 * @param lastDay  the week's Sunday, or the period's last day
 * @param waitP90  90th percentile wait in seconds, nearest rank (3601 = longer than an hour)
 */
public record TrendWeek(String week, LocalDate firstDay, LocalDate lastDay, long responses, Double cesMean,
                        Double cesCiLow, Double cesCiHigh, long contacts, Double repeatRate, Integer waitP90)
        implements Serializable {
}
