package io.blueprint.reports.outcome.export;

import io.blueprint.reports.export.ReportPdf;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.outcome.MonthlyBreachRates;
import io.blueprint.reports.policy.wording.PolicyLabels;

/**
 * The guarantee outcome report as a landscape A4 document ({@link ReportPdf}): the claim-rate assumption, the table
 * of guarantees over the period, the breach rate per month as a chart with its text, and the months as a table.
 * The creation date is the period's last day and the document ID is derived from the report.
 */
final class OutcomePdfExporter {

    byte[] write(GuaranteeOutcomeReport report, PolicyLabels labels) {
        OutcomeWording words = new OutcomeWording(labels);
        return ReportPdf.write(words.title(report), labels, report.to(), report.toString(), (page, count) -> labels.text(
                "guaranteeReport.export.footer", words.service(report), report.from().toString(), report.to().toString(),
                String.valueOf(page), String.valueOf(count)), pdf -> {
            pdf.note(words.claimRate(report.claimRate()) + " " + labels.text("guaranteeReport.breachRateNote"));
            if (!report.hasData()) {
                pdf.space(6);
                pdf.paragraph(words.emptyText(report));
            }
            if (!report.guarantees().isEmpty()) {
                pdf.section(labels.text("guaranteeReport.table"));
                pdf.table(OutcomeTables.guarantees(report, words));
            }
            MonthlyBreachRates rates = MonthlyBreachRates.of(report);
            if (!rates.series().isEmpty()) {
                pdf.chart(labels.text("guaranteeReport.chart.title"),
                        (c, f, x, y, w, h) -> OutcomeChart.breachRates(c, f, x, y, w, h, rates, labels));
                pdf.space(4);
                pdf.note(words.chartSummary(rates));
                pdf.section(labels.text("guaranteeReport.months"));
                pdf.table(OutcomeTables.months(report, words));
            }
        });
    }
}
