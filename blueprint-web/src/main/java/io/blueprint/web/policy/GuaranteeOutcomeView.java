package io.blueprint.web.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprint.policy.GuaranteeTerms;
import io.blueprint.policy.outcome.GuaranteeOutcomes;
import io.blueprint.policy.outcome.Outcome;
import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.policy.outcome.OutcomeMonth;
import io.blueprint.policy.outcome.WhatIf;
import io.blueprint.reports.export.ReportFigures;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.LocaleView;
import io.blueprint.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The guarantee page's Outcomes panel: how the guarantee was kept over the last six months and the current one (each
 * day under the version then in force), as a chart and a table; and on an open version the what-if, recomputed from
 * the form as it stands on every change (with the policy checks), beside the version in force today. Reads only.
 */
@Named
@ViewScoped
public class GuaranteeOutcomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Months before the current one that the panel shows. */
    static final int MONTHS = 6;

    @Inject
    GuaranteeView guarantee;

    @Inject
    GuaranteeOutcomes outcomes;

    @Inject
    Messages messages;

    @Inject
    LocaleView locale;

    private transient Outcome history;
    private transient WhatIf whatIf;
    private String whatIfProblem;
    private boolean tried;

    // ---- how it was kept

    /** Whether any version of this guarantee was ever in force: only then is there a history to show. */
    public boolean isEverInForce() {
        return guarantee.getModel() != null && guarantee.getModel().versions().stream()
                .anyMatch(v -> v.status().wasPublished());
    }

    /** The last six whole months and this month so far, or null when no version was ever in force. */
    public Outcome getHistory() {
        if (history == null && isEverInForce()) {
            LocalDate today = outcomes.today();
            history = outcomes.outcome(guarantee.getModel().code(), YearMonth.from(today).minusMonths(MONTHS).atDay(1), today);
        }
        return history;
    }

    /** Why the guarantee cannot be measured, in words; null when it can. */
    public String getUnmeasurable() {
        Outcome outcome = getHistory();
        return outcome == null || outcome.measurable() ? null : messages.get("outcome.unmeasurable." + outcome.unmeasurable());
    }

    /** The period's total in one sentence: breaches of measured, customers owed, cost. */
    public String getHistorySummary() {
        Outcome outcome = getHistory();
        return outcome == null || !outcome.measurable() ? "" : summary(outcome.total());
    }

    /** The expected cost per month (bars, left axis) and the breach rate in % (line, right axis). */
    public String getHistoryChart() {
        Outcome outcome = getHistory();
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode cost = datasets.addObject();
        cost.put("label", messages.get("outcome.chart.cost"));
        cost.put("backgroundColor", "#93c5fd");
        cost.put("borderColor", "#1d4ed8");
        cost.put("borderWidth", 1);
        cost.put("yAxisID", "y");
        cost.put("order", 2);
        ArrayNode costs = cost.putArray("data");
        ObjectNode rate = datasets.addObject();
        rate.put("type", "line");
        rate.put("label", messages.get("outcome.chart.breachRate"));
        rate.put("borderColor", "#c2410c");
        rate.put("backgroundColor", "#c2410c");
        rate.putArray("borderDash").add(6).add(4);
        rate.put("pointStyle", "rectRot");
        rate.put("yAxisID", "y1");
        rate.put("order", 1);
        rate.put("spanGaps", true);
        ArrayNode rates = rate.putArray("data");
        if (outcome != null) {
            for (OutcomeMonth month : outcome.months()) {
                labels.add(month(month.month()));
                BigDecimal c = month.figures().cost();
                if (c == null) {
                    costs.addNull();
                } else {
                    costs.add(c);
                }
                Double r = month.figures().breachRate();
                if (r == null) {
                    rates.addNull();
                } else {
                    rates.add(r * 100);
                }
            }
        }
        ObjectNode options = chart.putObject("options");
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        ObjectNode scales = options.putObject("scales");
        ObjectNode y = scales.putObject("y");
        y.put("min", 0);
        y.put("position", "left");
        y.putObject("title").put("display", true).put("text", messages.get("outcome.chart.costAxis", currency(outcome)));
        ObjectNode y1 = scales.putObject("y1");
        y1.put("min", 0);
        y1.put("position", "right");
        y1.putObject("grid").put("drawOnChartArea", false);
        y1.putObject("title").put("display", true).put("text", messages.get("outcome.chart.rateAxis"));
        return chart.toString();
    }

    /** The chart's text alternative: the month with the highest breach rate and the months' costs. */
    public String getHistoryChartText() {
        Outcome outcome = getHistory();
        if (outcome == null || !outcome.measurable()) {
            return "";
        }
        OutcomeMonth worst = null;
        for (OutcomeMonth month : outcome.months()) {
            Double rate = month.figures().breachRate();
            if (rate != null && (worst == null || rate > worst.figures().breachRate())) {
                worst = month;
            }
        }
        return worst == null ? messages.get("outcome.chart.textEmpty")
                : messages.get("outcome.chart.text", outcome.months().size(), month(worst.month()),
                percent(worst.figures().breachRate()), money(outcome.total().cost(), outcome.total().currency()));
    }

    // ---- what-if

    /** Whether the version shown is open (draft or in review): the what-if is for terms not yet published. */
    public boolean isOpen() {
        return guarantee.getModel() != null && guarantee.getModel().status().isOpen()
                && guarantee.getModel().allowed().contains(io.blueprint.policy.PolicyAction.DRAFT);
    }

    /** Recomputes the what-if from the form as it stands (called with the live policy checks). */
    public void tryTerms() {
        if (!isOpen()) {
            return;
        }
        tried = true;
        try {
            GuaranteeTerms terms = guarantee.isEditable() ? guarantee.getForm().toTerms() : guarantee.getModel().terms();
            whatIf = outcomes.whatIf(guarantee.getModel().id(), terms.condition(), terms.refundRules());
            whatIfProblem = null;
        } catch (DomainException unreadable) {
            whatIf = null;
            whatIfProblem = messages.get(unreadable.getMessageKey(), unreadable.getArguments());
        }
    }

    public WhatIf getWhatIf() {
        if (!tried) {
            tryTerms();
        }
        return whatIf;
    }

    public String getWhatIfProblem() {
        getWhatIf();
        return whatIfProblem;
    }

    /** Why the tried terms cannot be measured, in words; null when they can. */
    public String getProjectedUnmeasurable() {
        WhatIf w = getWhatIf();
        return w == null || w.projected().measurable() ? null : messages.get("outcome.unmeasurable." + w.projected().unmeasurable());
    }

    /** The what-if's months, "June 2026 – November 2026". */
    public String getWhatIfPeriod() {
        WhatIf w = getWhatIf();
        return w == null ? "" : messages.get("outcome.whatIf.period", month(YearMonth.from(w.from())), month(YearMonth.from(w.to())));
    }

    /** A cost per month on average over the what-if's months. */
    public String monthlyCost(Outcome outcome) {
        if (outcome == null || !outcome.measurable() || outcome.total().cost() == null || outcome.months().isEmpty()) {
            return "—";
        }
        return money(outcome.total().cost().divide(BigDecimal.valueOf(outcome.months().size()), 0, RoundingMode.HALF_UP),
                outcome.total().currency());
    }

    /** The difference of the projection's total cost from the version in force, signed ("+12,000 KRW"). */
    public String getCostChange() {
        WhatIf w = getWhatIf();
        if (w == null || w.inForce() == null || !w.projected().measurable() || !w.inForce().measurable()
                || w.projected().total().cost() == null || w.inForce().total().cost() == null) {
            return null;
        }
        BigDecimal change = w.projected().total().cost().subtract(w.inForce().total().cost());
        return (change.signum() > 0 ? "+" : "") + money(change, w.projected().total().currency());
    }

    // ---- formatting

    public String summary(OutcomeFigures figures) {
        if (figures.measured() == 0) {
            return messages.get("outcome.summary.none");
        }
        return messages.get("outcome.summary", number(figures.breaches()), number(figures.measured()),
                percent(figures.breachRate()), number(figures.customersOwed()), money(figures.cost(), figures.currency()));
    }

    public String percent(Double share) {
        return figures().percent(share);
    }

    public String number(long count) {
        return figures().whole(count);
    }

    /** A cost with its currency; a sum over several currencies has none and says so. */
    public String money(BigDecimal amount, String currency) {
        return amount == null ? messages.get("outcome.severalCurrencies") : figures().money(amount, currency);
    }

    public String month(YearMonth month) {
        return figures().month(month);
    }

    private ReportFigures figures() {
        return new ReportFigures(locale.getLocale());
    }

    /** The claim rate on-claim costs assume, as a percentage. */
    public String getClaimRate() {
        return percent(outcomes.settings().claimRate().doubleValue());
    }

    private static String currency(Outcome outcome) {
        return outcome == null || outcome.total().currency() == null ? "" : outcome.total().currency();
    }

    /** Months shown, for the table: newest last. */
    public List<OutcomeMonth> getMonths() {
        Outcome outcome = getHistory();
        return outcome == null || !outcome.measurable() ? List.of() : outcome.months();
    }

}
