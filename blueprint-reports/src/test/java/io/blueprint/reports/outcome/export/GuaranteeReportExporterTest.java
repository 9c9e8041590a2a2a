package io.blueprint.reports.outcome.export;

import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.export.ReportFile;
import io.blueprint.reports.outcome.MonthlyBreachRates;
import io.blueprint.reports.outcome.OutcomePeriod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class GuaranteeReportExporterTest {

    @Test
    void theFileIsNamedForThePeriodAndTheServiceAskedFor() {
        ReportFile all = GuaranteeReportExporter.write(ExportFormat.CSV, OutcomeFixtures.report(), OutcomeFixtures.KEYS);
        assertThat(all.fileName()).isEqualTo("guarantee-report-2026-10-01-2026-12-15.csv");
        assertThat(all.mediaType()).startsWith("text/csv");
        assertThat(GuaranteeReportExporter.fileName(OutcomeFixtures.unmeasured(), ExportFormat.PDF))
                .isEqualTo("guarantee-report-service-3-2026-10-01-2026-12-15.pdf");
    }

    @Test
    void theChartHasEveryMonthOfThePeriodAndASeriesPerMeasuredGuarantee() {
        MonthlyBreachRates rates = MonthlyBreachRates.of(OutcomeFixtures.report());
        assertThat(rates.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(rates.series()).extracting(MonthlyBreachRates.Series::code).containsExactly("CARE-CALL-2MIN", "RET-REFUND-3BD");
        MonthlyBreachRates.Series call = rates.series().get(0);
        assertThat(call.rates()).containsExactly(0.12, 30 / 380.0, 0.1);
        assertThat(call.worstMonth()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(call.periodRate()).isEqualTo(0.1);
        assertThat(MonthlyBreachRates.of(OutcomeFixtures.unmeasured()).series()).as("nothing measured, nothing drawn").isEmpty();
    }

    @Test
    void theChartsScaleLeavesTheHighestMonthInView() {
        var scale = OutcomeChart.scale(MonthlyBreachRates.of(OutcomeFixtures.report()), new io.blueprint.reports.export.ReportFigures(java.util.Locale.ENGLISH));
        // the highest month is 12%: six steps of 2%
        assertThat(scale.min()).isZero();
        assertThat(scale.max()).isEqualTo(0.12, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scale.step()).isEqualTo(0.02);
        assertThat(scale.label().apply(0.12)).isEqualTo("12%");
    }

    @Test
    void thePeriodIsWholeMonthsBackFromTheCurrentOne() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(OutcomePeriod.lastMonths(6, today)).isEqualTo(new OutcomePeriod(LocalDate.of(2026, 6, 1), today));
        assertThat(OutcomePeriod.lastMonths(3, today).from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(OutcomePeriod.thisYear(today).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(OutcomePeriod.of(null, null, today)).isEqualTo(OutcomePeriod.lastMonths(6, today));
        assertThat(OutcomePeriod.of(LocalDate.of(2026, 1, 15), null, today).to()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(OutcomePeriod.of(null, LocalDate.of(2026, 3, 10), today).from()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void theWordsSayTheClaimRateTheCostInEachCurrencyAndWhatToImport() {
        OutcomeWording words = new OutcomeWording(OutcomeFixtures.KEYS);
        assertThat(words.claimRate(new BigDecimal("0.25"))).isEqualTo("guaranteeReport.claimRate[25%]");
        assertThat(words.share(new BigDecimal("0.125"))).isEqualTo("12.5%");
        assertThat(words.cost(OutcomeFixtures.call().outcome().total())).isEqualTo("KRW 94,000");
        assertThat(words.cost(OutcomeFixtures.pickup().outcome().total())).isEqualTo("guaranteeReport.noRefundRule");
        assertThat(words.toImport(OutcomeFixtures.report())).isEqualTo(
                "guaranteeReport.import.CONTACT_WAIT[CARE-CALL-2MIN]; guaranteeReport.import.CASE_REFUND[RET-REFUND-3BD]");
        assertThat(words.chartSummary(MonthlyBreachRates.of(OutcomeFixtures.report())))
                .startsWith("guaranteeReport.chart.summary[2, 2026-10, 2026-12] guaranteeReport.chart.series[CARE-CALL-2MIN, 10.0%, 12.0%, 2026-10]");
        assertThat(Arrays.asList(SeriesStyle.of(0).hex(), SeriesStyle.of(SeriesStyle.values().length).hex()))
                .as("the styles come round again").containsOnly("#1d4ed8");
    }
}
