package io.blueprint.reports.outcome.export;

import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.policy.outcome.OutcomeMonth;
import io.blueprint.policy.outcome.RuleCost;
import io.blueprint.reports.export.ReportColumn;
import io.blueprint.reports.export.ReportTable;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The tables of the guarantee outcome export: one row per guarantee over the whole period, one row per guarantee and
 * month (what the chart shows, in the long form an analyst pivots), and what each refund rule cost. A guarantee whose
 * condition cannot be measured has empty figures and says why; rates are fractions 0–1; sums of money keep their
 * exact digits, their currency in the column beside them.
 */
public final class OutcomeTables {

    private OutcomeTables() {
    }

    /** A guarantee's month: the month's figures beside the guarantee they belong to. */
    public record MonthRow(GuaranteeOutcomeRow guarantee, OutcomeMonth month) {
    }

    /** What one refund rule of one version cost over the whole period. */
    public record RuleRow(GuaranteeOutcomeRow guarantee, RuleCost cost) {
    }

    /** Every guarantee of the report, by code. */
    public static ReportTable<GuaranteeOutcomeRow> guarantees(GuaranteeOutcomeReport report, OutcomeWording words) {
        List<ReportColumn<GuaranteeOutcomeRow>> columns = new ArrayList<>();
        columns.add(ReportColumn.text("guaranteeReport.col.code", (g, l) -> g.code()));
        columns.add(ReportColumn.<GuaranteeOutcomeRow>whole("guaranteeReport.col.revision", (g, l) -> g.revision()).notInPdf());
        columns.add(ReportColumn.text("guaranteeReport.col.title", (g, l) -> g.title()));
        columns.add(ReportColumn.text("guaranteeReport.col.service", (g, l) -> g.serviceName()));
        columns.add(ReportColumn.text("guaranteeReport.col.condition", (g, l) -> words.condition(g)));
        columns.addAll(figures(words, g -> g.outcome().measurable() ? g.outcome().total() : null));
        columns.add(ReportColumn.text("guaranteeReport.col.notMeasured", (g, l) -> words.unmeasurable(g.outcome().unmeasurable())));
        return new ReportTable<>("guaranteeReport.table", "outcomes.sheet.guarantees", columns,
                report.guarantees(), Set.of());
    }

    /** Every month of every measurable guarantee, guarantees by code, months in order. */
    public static ReportTable<MonthRow> months(GuaranteeOutcomeReport report, OutcomeWording words) {
        List<MonthRow> rows = new ArrayList<>();
        for (GuaranteeOutcomeRow g : report.guarantees()) {
            g.outcome().months().forEach(m -> rows.add(new MonthRow(g, m)));
        }
        List<ReportColumn<MonthRow>> columns = new ArrayList<>();
        columns.add(ReportColumn.text("guaranteeReport.col.code", (r, l) -> r.guarantee().code()));
        columns.add(ReportColumn.<MonthRow>text("guaranteeReport.col.title", (r, l) -> r.guarantee().title()).notInPdf());
        columns.add(ReportColumn.text("guaranteeReport.col.month", (r, l) -> r.month().month().toString()));
        columns.add(ReportColumn.text("guaranteeReport.col.revisions",
                (r, l) -> OutcomeWording.revisions(r.month().figures().revisions())));
        columns.addAll(figures(words, r -> r.month().figures()));
        return new ReportTable<>("guaranteeReport.months", "outcomes.sheet.months", columns, rows, Set.of());
    }

    /** The cost under every refund rule of every version, over the whole period (the spreadsheet only). */
    public static ReportTable<RuleRow> rules(GuaranteeOutcomeReport report) {
        List<RuleRow> rows = new ArrayList<>();
        for (GuaranteeOutcomeRow g : report.guarantees()) {
            g.outcome().total().rules().forEach(c -> rows.add(new RuleRow(g, c)));
        }
        List<ReportColumn<RuleRow>> columns = List.of(
                ReportColumn.text("guaranteeReport.col.code", (r, l) -> r.guarantee().code()),
                ReportColumn.whole("guaranteeReport.col.revision", (r, l) -> r.cost().revision()),
                ReportColumn.whole("guaranteeReport.col.rule", (r, l) -> r.cost().position() + 1),
                ReportColumn.text("guaranteeReport.col.remedy", (r, l) -> l.name(r.cost().rule().remedy())),
                ReportColumn.text("guaranteeReport.col.payout", (r, l) -> l.name(r.cost().rule().payout())),
                ReportColumn.text("guaranteeReport.col.currency", (r, l) -> r.cost().currency()),
                ReportColumn.amount("guaranteeReport.col.owed", (r, l) -> r.cost().owed()),
                ReportColumn.amount("guaranteeReport.col.expectedCost", (r, l) -> r.cost().expected()),
                ReportColumn.whole("guaranteeReport.col.unpriced", (r, l) -> r.cost().unpriced()));
        return new ReportTable<>("guaranteeReport.rules", "outcomes.sheet.rules", columns, rows, Set.of());
    }

    /**
     * The figures of a guarantee or a month: measured, breaches, breach rate, customers owed, the cost in words for
     * print and as sums with their currency for the spreadsheet; all empty when {@code of} gives no figures.
     */
    private static <T> List<ReportColumn<T>> figures(OutcomeWording words, Function<T, OutcomeFigures> of) {
        return List.of(
                ReportColumn.whole("guaranteeReport.col.measured", (r, l) -> nullable(of, r, OutcomeFigures::measured)),
                ReportColumn.whole("guaranteeReport.col.breaches", (r, l) -> nullable(of, r, OutcomeFigures::breaches)),
                ReportColumn.percent("guaranteeReport.col.breachRate", (r, l) -> nullable(of, r, OutcomeFigures::breachRate)),
                ReportColumn.whole("guaranteeReport.col.customersOwed", (r, l) -> nullable(of, r, OutcomeFigures::customersOwed)),
                ReportColumn.<T>text("guaranteeReport.col.cost", (r, l) -> nullable(of, r, words::costInFull)).onlyInPdf(),
                ReportColumn.<T>amount("guaranteeReport.col.expectedCost", (r, l) -> nullable(of, r, OutcomeFigures::cost)).notInPdf(),
                ReportColumn.<T>text("guaranteeReport.col.currency", (r, l) -> nullable(of, r, OutcomeWording::currencies)).notInPdf(),
                ReportColumn.<T>amount("guaranteeReport.col.owed", (r, l) -> nullable(of, r, OutcomeWording::owed)).notInPdf(),
                ReportColumn.<T>whole("guaranteeReport.col.unpriced", (r, l) -> nullable(of, r, OutcomeFigures::unpriced)).notInPdf());
    }

    private static <T> Object nullable(Function<T, OutcomeFigures> of, T row, Function<OutcomeFigures, Object> figure) {
        OutcomeFigures figures = of.apply(row);
        return figures == null ? null : figure.apply(figures);
    }
}
