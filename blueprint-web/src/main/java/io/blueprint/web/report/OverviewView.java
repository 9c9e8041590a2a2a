package io.blueprint.web.report;

import io.blueprint.web.policy.PolicySettingsProducer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprint.policy.outcome.OutcomeFigures;
import io.blueprint.reports.effort.EffortStatus;
import io.blueprint.reports.export.ReportFigures;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;
import io.blueprint.reports.overview.ExecutiveOverview;
import io.blueprint.reports.overview.JourneyEffort;
import io.blueprint.reports.overview.Overview;
import io.blueprint.web.i18n.LocaleView;
import io.blueprint.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The executive overview (the landing page for executives, open to every signed-in role): the journeys' effort
 * status, the top hotspots, the guarantees most often broken and the month's compensation cost, each linking on.
 */
@Named
@ViewScoped
public class OverviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The statuses the chart stacks, in the order of the effort report's legend, with their colours. */
    private static final List<EffortStatus> CHARTED = List.of(EffortStatus.ON_TARGET, EffortStatus.AT_RISK,
            EffortStatus.OFF_TARGET, EffortStatus.TOO_FEW_RESPONSES, EffortStatus.NO_TARGET);
    private static final Map<EffortStatus, String> COLOURS = Map.of(EffortStatus.ON_TARGET, "#15803d",
            EffortStatus.AT_RISK, "#b45309", EffortStatus.OFF_TARGET, "#b91c1c", EffortStatus.TOO_FEW_RESPONSES, "#64748b",
            EffortStatus.NO_TARGET, "#cbd5e1");

    @Inject
    ExecutiveOverview overviews;

    @Inject
    PolicySettingsProducer policy;

    @Inject
    Messages messages;

    @Inject
    LocaleView locale;

    @Inject
    EffortStatusBadge badges;

    private transient Overview overview;

    @PostConstruct
    void load() {
        overview = overviews.overview(LocalDate.now(policy.settings().zone()));
    }

    public Overview getOverview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    /** The first guarantee's breach figures of the last whole month (the first month of the outcome). */
    public OutcomeFigures lastMonth(GuaranteeOutcomeRow row) {
        return row.outcome().months().get(0).figures();
    }

    public OutcomeFigures thisMonth(GuaranteeOutcomeRow row) {
        return row.outcome().months().get(row.outcome().months().size() - 1).figures();
    }

    public String month(YearMonth month) {
        return figures().month(month);
    }

    /** A cost per currency, "12,000 KRW", several joined; "0" when nothing is owed. */
    public String cost(Map<String, BigDecimal> costs) {
        if (costs.isEmpty()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        costs.forEach((currency, amount) -> parts.add(figures().money(amount, currency)));
        return String.join(" · ", parts);
    }

    /** A cost with its currency; a sum over several currencies has none and says so. */
    public String money(BigDecimal amount, String currency) {
        return amount == null ? messages.get("outcome.severalCurrencies") : figures().money(amount, currency);
    }

    public String percent(Double share) {
        return figures().percent(share);
    }

    public String number(double value) {
        return figures().whole(Math.round(value));
    }

    public String decimal(Double value) {
        return figures().number(value, 2);
    }

    private ReportFigures figures() {
        return new ReportFigures(locale.getLocale());
    }

    /** Journeys whose touchpoints include one off target. */
    public long getJourneysOffTarget() {
        return getOverview().journeys().stream().filter(j -> j.count(EffortStatus.OFF_TARGET) > 0).count();
    }

    /** The touchpoints of each journey by status, stacked horizontal bars. */
    public String getStatusChart() {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        getOverview().journeys().forEach(j -> labels.add(j.journeyName()));
        ArrayNode datasets = data.putArray("datasets");
        for (EffortStatus status : CHARTED) {
            ObjectNode set = datasets.addObject();
            set.put("label", badges.label(status));
            set.put("backgroundColor", COLOURS.get(status));
            set.put("borderColor", "#ffffff");
            set.put("borderWidth", 1);
            ArrayNode values = set.putArray("data");
            getOverview().journeys().forEach(j -> values.add(j.count(status)));
        }
        ObjectNode options = chart.putObject("options");
        options.put("indexAxis", "y");
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        ObjectNode scales = options.putObject("scales");
        scales.putObject("x").put("stacked", true).putObject("title").put("display", true)
                .put("text", messages.get("overview.chart.touchpoints"));
        scales.putObject("y").put("stacked", true);
        return chart.toString();
    }

    /** The chart's text alternative: each journey's counts in words. */
    public String getStatusChartText() {
        List<String> lines = new ArrayList<>();
        for (JourneyEffort journey : getOverview().journeys()) {
            lines.add(messages.get("overview.chart.journey", journey.journeyName(), journey.count(EffortStatus.ON_TARGET),
                    journey.count(EffortStatus.AT_RISK), journey.count(EffortStatus.OFF_TARGET),
                    journey.count(EffortStatus.TOO_FEW_RESPONSES)));
        }
        return String.join(" ", lines);
    }

    /** Room for every journey's bar. */
    public int getStatusChartHeight() {
        return 80 + 36 * getOverview().journeys().size();
    }
}
