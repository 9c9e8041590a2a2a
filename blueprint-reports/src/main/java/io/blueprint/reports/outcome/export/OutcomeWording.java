package io.blueprint.reports.outcome.export;

import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.policy.outcome.Reading;
import io.blueprint.policy.outcome.Unmeasurable;
import io.blueprint.reports.export.ReportFigures;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;
import io.blueprint.reports.outcome.MonthlyBreachRates;
import io.blueprint.reports.policy.wording.GuaranteeWording;
import io.blueprint.reports.policy.wording.PolicyLabels;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The guarantee outcome report in one reader's words, the same on the page and in the PDF: each condition as the
 * guarantee pages word it, why a guarantee has no measurement, costs in their currencies, the claim-rate assumption,
 * what to import when nothing was measured, and the chart's text alternative.
 */
public final class OutcomeWording {

    private final PolicyLabels labels;
    private final GuaranteeWording wording;
    private final ReportFigures figures;

    public OutcomeWording(PolicyLabels labels) {
        this.labels = labels;
        this.wording = new GuaranteeWording(labels);
        this.figures = new ReportFigures(labels.locale());
    }

    public PolicyLabels labels() {
        return labels;
    }

    public ReportFigures figures() {
        return figures;
    }

    /** "Wait before being served: at most 120 seconds", as on the guarantee page. */
    public String condition(GuaranteeOutcomeRow row) {
        return wording.condition(new GuaranteeCondition(row.metric(), row.operator(), row.threshold(), row.unit()));
    }

    /** Why a guarantee has no measurement, in words; empty for one that has. */
    public String unmeasurable(Unmeasurable why) {
        return why == null ? "" : labels.text("guaranteeReport.unmeasurable." + why.name());
    }

    /**
     * The expected cost in each currency, "KRW 12,000" or "KRW 12,000 · USD 5.00"; "No refund rule" for a
     * guarantee without one.
     */
    public String cost(OutcomeFigures figures) {
        if (figures.rules().isEmpty()) {
            return labels.text("guaranteeReport.noRefundRule");
        }
        return figures.expectedCost().entrySet().stream().map(e -> wording.money(e.getValue(), e.getKey()))
                .collect(Collectors.joining(" · "));
    }

    /** "3 breaches unpriced (no order value)", or empty when every breach was priced. */
    public String unpriced(OutcomeFigures figures) {
        return figures.unpriced() == 0 ? "" : labels.text("guaranteeReport.unpriced", figures.unpriced());
    }

    /** The cost with the unpriced breaches after it, for print. */
    public String costInFull(OutcomeFigures figures) {
        String unpriced = unpriced(figures);
        return unpriced.isEmpty() ? cost(figures) : cost(figures) + " · " + unpriced;
    }

    /** The one currency of the cost, or the currencies with a comma ("KRW, USD"); empty without refund rules. */
    public static String currencies(OutcomeFigures figures) {
        return String.join(", ", figures.expectedCost().keySet());
    }

    /** What every breach was owed in full, when every rule pays in one currency; else null. */
    public static BigDecimal owed(OutcomeFigures figures) {
        if (figures.rules().isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (figures.expectedCost().size() != 1) {
            return null;
        }
        return figures.rules().stream().map(r -> r.owed()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** "On-claim remedies are counted at 25% claimed; automatic payouts in full." */
    public String claimRate(BigDecimal claimRate) {
        return labels.text("guaranteeReport.claimRate", share(claimRate));
    }

    /** A share as few digits say it: "25%", "12.5%". */
    public String share(BigDecimal share) {
        NumberFormat format = NumberFormat.getPercentInstance(labels.locale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** "All services" or the service's name. */
    public String service(GuaranteeOutcomeReport report) {
        return report.serviceName() == null ? labels.text("guaranteeReport.allServices") : report.serviceName();
    }

    /** "Guarantee outcomes · All services · 2026-06-01 – 2026-12-03". */
    public String title(GuaranteeOutcomeReport report) {
        return labels.text("guaranteeReport.export.title", service(report), report.from().toString(), report.to().toString());
    }

    /**
     * What to import so that the guarantees in force have measurements, grouped by what their conditions read:
     * "contact logs with their waits (CARE-CALL-2MIN); closed refund cases (RET-REFUND-3BD)".
     */
    public String toImport(GuaranteeOutcomeReport report) {
        Map<Reading, List<String>> codes = new LinkedHashMap<>();
        for (GuaranteeOutcomeRow row : report.guarantees()) {
            for (Reading reading : row.outcome().readings()) {
                codes.computeIfAbsent(reading, r -> new ArrayList<>()).add(row.code());
            }
        }
        return codes.entrySet().stream().map(e -> labels.text("guaranteeReport.import." + e.getKey().name(),
                String.join(", ", e.getValue()))).collect(Collectors.joining("; "));
    }

    /** What the empty report says: no guarantee was in force, or nothing was measured for those that were. */
    public String emptyText(GuaranteeOutcomeReport report) {
        if (report.guarantees().isEmpty()) {
            return labels.text("guaranteeReport.empty.guarantees", service(report), report.from().toString(),
                    report.to().toString());
        }
        String toImport = toImport(report);
        return labels.text(toImport.isEmpty() ? "guaranteeReport.empty.unmeasurable" : "guaranteeReport.empty.data",
                report.from().toString(), report.to().toString(), toImport);
    }

    /**
     * The chart's text alternative: "Breach rate per month of 2 guarantees, 2026-06 to 2026-12. CARE-CALL-2MIN:
     * 14.2% over the period, highest 21.0% in 2026-09. …"
     */
    public String chartSummary(MonthlyBreachRates rates) {
        List<String> parts = new ArrayList<>();
        for (MonthlyBreachRates.Series series : rates.series()) {
            parts.add(labels.text("guaranteeReport.chart.series", series.code(), figures.percent(series.periodRate()),
                    figures.percent(series.worstRate()), String.valueOf(series.worstMonth())));
        }
        if (rates.months().isEmpty()) {
            return "";
        }
        return labels.text("guaranteeReport.chart.summary", rates.series().size(), rates.months().get(0).toString(),
                rates.months().get(rates.months().size() - 1).toString()) + " " + String.join(" ", parts);
    }

    /** "1, 2": the versions whose days a figure counts. */
    public static String revisions(List<Integer> revisions) {
        return revisions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
