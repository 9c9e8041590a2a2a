package io.blueprint.reports.effort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Weekly trends of a journey over a period: the journey's series (all its touchpoints merged) and one series per
 * touchpoint (or only the touchpoint asked for).
 */
public record TrendReport(long journeyId, LocalDate from, LocalDate to, TrendSeries journey, List<TrendSeries> touchpoints)
        implements Serializable {
}
