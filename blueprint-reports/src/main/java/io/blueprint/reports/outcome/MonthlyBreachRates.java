package io.blueprint.reports.outcome;

import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.policy.outcome.OutcomeMonth;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The breach rate of each guarantee month by month, as the report's chart shows it on the page and in the PDF: every
 * calendar month the period touches, and a series for every guarantee that had something measured, with no rate
 * (null) for a month in which nothing was.
 */
public record MonthlyBreachRates(List<YearMonth> months, List<Series> series) {

    public MonthlyBreachRates {
        months = List.copyOf(months);
        series = List.copyOf(series);
    }

    /**
     * One guarantee's rates, one per month (0–1 or null), its rate over the whole period and the month of its highest
     * rate (null when nothing was measured).
     */
    public record Series(String code, List<Double> rates, Double periodRate, YearMonth worstMonth) {

        public Series {
            rates = java.util.Collections.unmodifiableList(new ArrayList<>(rates));
        }

        /** The highest monthly rate, or null. */
        public Double worstRate() {
            return rates.stream().filter(java.util.Objects::nonNull).max(Double::compare).orElse(null);
        }
    }

    public static MonthlyBreachRates of(GuaranteeOutcomeReport report) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(report.from()); !m.isAfter(YearMonth.from(report.to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<Series> series = new ArrayList<>();
        for (GuaranteeOutcomeRow row : report.guarantees()) {
            if (row.outcome().total().measured() == 0) {
                continue;
            }
            Map<YearMonth, OutcomeFigures> byMonth = row.outcome().months().stream()
                    .collect(Collectors.toMap(OutcomeMonth::month, OutcomeMonth::figures));
            List<Double> rates = new ArrayList<>();
            YearMonth worst = null;
            Double highest = null;
            for (YearMonth month : months) {
                OutcomeFigures figures = byMonth.get(month);
                Double rate = figures == null ? null : figures.breachRate();
                rates.add(rate);
                if (rate != null && (highest == null || rate > highest)) {
                    highest = rate;
                    worst = month;
                }
            }
            series.add(new Series(row.code(), rates, row.outcome().total().breachRate(), worst));
        }
        return new MonthlyBreachRates(months, series);
    }
}
