package io.blueprint.reports.overview;

import io.blueprint.reports.effort.LoyaltyAssumptions;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The executive overview: the measured journeys' effort status and the top hotspots over the last 30 days, the
 * guarantees most often broken and the compensation cost of the last whole month and of this month so far.
 *
 * @param journeys        the journeys with the most measured data in the period, most first
 * @param measuredJourneys how many journeys had measured data in the period (the list shows at most a dozen)
 * @param hotspots        the touchpoints with the largest volume-weighted effort gap across those journeys
 * @param guarantees      the guarantees in force, most often broken (by breach rate last month) first
 * @param lastMonthCost   the expected compensation cost of {@code lastMonth}, per currency
 * @param thisMonthCost   this month's so far, per currency
 */
public record Overview(LocalDate from, LocalDate to, List<JourneyEffort> journeys, int measuredJourneys,
                       List<OverviewHotspot> hotspots, LoyaltyAssumptions assumptions, YearMonth lastMonth,
                       YearMonth thisMonth, List<GuaranteeOutcomeRow> guarantees, Map<String, BigDecimal> lastMonthCost,
                       Map<String, BigDecimal> thisMonthCost, BigDecimal claimRate) {

    public Overview {
        journeys = List.copyOf(journeys);
        hotspots = List.copyOf(hotspots);
        guarantees = List.copyOf(guarantees);
        lastMonthCost = Map.copyOf(lastMonthCost);
        thisMonthCost = Map.copyOf(thisMonthCost);
    }
}
