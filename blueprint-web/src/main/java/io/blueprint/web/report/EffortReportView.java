package io.blueprint.web.report;

import io.blueprint.web.measurement.MeasurementSettingsProducer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprint.journey.KpiMetric;
import io.blueprint.reports.catalog.JourneyListQuery;
import io.blueprint.reports.catalog.JourneyRow;
import io.blueprint.reports.effort.BeforeAfterReport;
import io.blueprint.reports.effort.BeforeAfterRow;
import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.EffortReports;
import io.blueprint.reports.effort.EffortStatus;
import io.blueprint.reports.effort.HotspotReport;
import io.blueprint.reports.effort.KpiAttainment;
import io.blueprint.reports.effort.KpiOutcome;
import io.blueprint.reports.effort.KpiReport;
import io.blueprint.reports.effort.MeasuredJourneys;
import io.blueprint.reports.effort.TouchpointEffort;
import io.blueprint.reports.effort.TrendReport;
import io.blueprint.reports.effort.TrendSeries;
import io.blueprint.reports.effort.TrendWeek;
import io.blueprint.reports.effort.export.EffortExport;
import io.blueprint.reports.effort.export.EffortExporter;
import io.blueprint.reports.export.ReportFigures;
import io.blueprint.reports.export.ReportFile;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.LocaleView;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.navigation.FileDownload;
import io.blueprint.web.policy.BundleLabels;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reports → Effort: a journey and a period (last 7, 30 or 90 days, this quarter, or any two days), then the
 * plan beside what was measured for every touchpoint, the CES intervals against their targets as a chart, the
 * hotspots, the weekly trend, before/after a day and KPI attainment, and the whole report as PDF, XLSX or CSV.
 * Every signed-in role; the reports module computes and writes everything, this view only picks and words it.
 */
@Named
@ViewScoped
public class EffortReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Journeys offered in the picker. */
    static final int MAX_JOURNEYS = 500;

    @Inject
    EffortReports reports;
    @Inject
    MeasuredJourneys measuredJourneys;
    @Inject
    JourneyListQuery journeys;
    @Inject
    MeasurementSettingsProducer measurement;
    @Inject
    LocaleView localeView;
    @Inject
    Messages messages;

    private Long journeyId;
    private String preset = "30";
    private LocalDate from;
    private LocalDate to;
    private String trendTouchpoint;
    private LocalDate changeDay;
    private Integer days;

    private List<SelectItem> journeyOptions;
    private EffortReport effort;
    /** The table's rows: a list of the view's own, which the table sorts in place. */
    private List<TouchpointEffort> touchpointRows = new ArrayList<>();
    private HotspotReport hotspots;
    private KpiReport kpis;
    private TrendReport trends;
    private BeforeAfterReport beforeAfter;

    /** On opening: the journey asked for, or the one with the most survey responses in the last 30 days. */
    public void open() {
        if (journeyId == null) {
            journeyId = measuredJourneys.mostMeasured(LocalDate.now(measurement.settings().zone()).minusDays(29)).orElseGet(() -> getJourneyOptions().isEmpty() ? null
                    : (Long) getJourneyOptions().get(0).getValue());
        }
        if (from == null || to == null) {
            applyPreset();
        }
        load();
    }

    /** A preset chosen: its days, up to today. */
    public void applyPreset() {
        LocalDate today = LocalDate.now(measurement.settings().zone());
        switch (preset == null ? "30" : preset) {
            case "7" -> period(today.minusDays(6), today);
            case "90" -> period(today.minusDays(89), today);
            case "quarter" -> period(today.with(IsoFields.DAY_OF_QUARTER, 1), today);
            case "custom" -> {
                if (from == null || to == null) {
                    period(today.minusDays(29), today);
                }
            }
            default -> period(today.minusDays(29), today);
        }
    }

    private void period(LocalDate first, LocalDate last) {
        from = first;
        to = last;
    }

    /** The journey or a preset changed. */
    public void refresh() {
        if (!"custom".equals(preset)) {
            applyPreset();
        }
        changeDay = null;
        trendTouchpoint = null;
        load();
    }

    /** Two days typed: a custom period. */
    public void customPeriod() {
        preset = "custom";
        changeDay = null;
        load();
    }

    /** Loads every part of the report; a refusal (a period too long, days in the wrong order) is shown, not thrown. */
    public void load() {
        effort = null;
        hotspots = null;
        kpis = null;
        trends = null;
        beforeAfter = null;
        if (journeyId == null) {
            return;
        }
        try {
            effort = reports.effort(journeyId, from, to);
            touchpointRows = new ArrayList<>(effort.touchpoints());
            hotspots = reports.hotspots(journeyId, from, to);
            kpis = reports.kpis(journeyId, from, to);
            trends = reports.trends(journeyId, trendTouchpoint, from, to);
            if (changeDay == null) {
                changeDay = defaultChangeDay();
            }
            beforeAfter = reports.beforeAfter(journeyId, changeDay, days);
        } catch (DomainException e) {
            refused(e);
        }
    }

    /** The trend's touchpoint changed. */
    public void loadTrends() {
        try {
            trends = reports.trends(journeyId, trendTouchpoint, from, to);
        } catch (DomainException e) {
            refused(e);
        }
    }

    /** The before/after day or its days changed. */
    public void loadBeforeAfter() {
        try {
            beforeAfter = reports.beforeAfter(journeyId, changeDay == null ? defaultChangeDay() : changeDay, days);
        } catch (DomainException e) {
            beforeAfter = null;
            refused(e);
        }
    }

    /** A report the desk refused (a period too long, a journey gone) says why above the report. */
    private void refused(DomainException refusal) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                messages.get(refusal.getMessageKey(), refusal.getArguments()), null));
    }

    /** By default the comparison ends with the period: the last {@code days} days against the ones before. */
    private LocalDate defaultChangeDay() {
        int each = days == null ? reports.settings().beforeAfterDays() : days;
        return to.minusDays(each - 1L);
    }

    // ---- what the page shows

    public boolean hasData() {
        return effort != null && (effort.total().responses() > 0 || effort.total().contacts() > 0);
    }

    /** Every journey by name, with its service: read once per view. */
    public List<SelectItem> getJourneyOptions() {
        if (journeyOptions == null) {
            journeyOptions = journeys.page(0, MAX_JOURNEYS, null, null, "name", true).stream()
                    .map(EffortReportView::option).toList();
        }
        return journeyOptions;
    }

    private static SelectItem option(JourneyRow journey) {
        return new SelectItem(journey.id(), journey.name() + " · " + journey.serviceName());
    }

    public List<SelectItem> getTouchpointOptions() {
        return effort == null ? List.of() : effort.touchpoints().stream()
                .map(t -> new SelectItem(t.code(), t.code() + " · " + t.stepTitle())).toList();
    }

    /** "4.62" in the reader's language, or "–" for no value. */
    public String number(Double value, int digits) {
        return figures().number(value, digits);
    }

    /** A fraction as a percentage: "12.5 %", or "–". */
    public String percent(Double fraction) {
        return figures().percent(fraction);
    }

    public String whole(Number value) {
        return figures().whole(value);
    }

    /** A p-value as people read it: "< 0.001" or "0.032". */
    public String pValue(Double p) {
        return figures().pValue(p);
    }

    private ReportFigures figures() {
        return new ReportFigures(locale());
    }

    // ---- exports

    /** The report as shown, as a file ("pdf", "xlsx", "csv") in the page's language; nothing when there is no data. */
    public StreamedContent download(String format) {
        if (!hasData() || hotspots == null || trends == null || beforeAfter == null || kpis == null) {
            return null;
        }
        ReportFile file = EffortExporter.write(ReportFile.format(format),
                new EffortExport(effort, hotspots, trends, beforeAfter, kpis), BundleLabels.in(locale()));
        return FileDownload.of(file.fileName(), file.mediaType(), file.content());
    }

    /** "Download the effort report as PDF": the accessible name of an export button. */
    public String downloadLabel(String format) {
        return messages.get("report.export.downloadAs", messages.get("report.export." + format));
    }

    /** The comparison's rows: the journey's first (its code empty), then each touchpoint's. */
    public List<BeforeAfterRow> getBeforeAfterRows() {
        if (beforeAfter == null) {
            return List.of();
        }
        List<BeforeAfterRow> rows = new ArrayList<>();
        rows.add(new BeforeAfterRow(null, null, null, beforeAfter.journey().ces(), beforeAfter.journey().repeatRate()));
        rows.addAll(beforeAfter.touchpoints());
        return rows;
    }

    /** A KPI's measured value in its unit, or what there is instead. */
    public String kpiValue(KpiAttainment kpi) {
        if (kpi.outcome() == KpiOutcome.NOT_MEASURABLE) {
            return messages.get("report.outcome.NOT_MEASURABLE");
        }
        if (kpi.measured() == null) {
            return "–";
        }
        return number(kpi.measured(), kpi.metric() == KpiMetric.CES ? 2 : 1) + " " + (kpi.unit() == null ? "" : kpi.unit());
    }

    public String outcomeIcon(KpiOutcome outcome) {
        return switch (outcome) {
            case MET -> "pi pi-check-circle";
            case MISSED -> "pi pi-times-circle";
            default -> "pi pi-minus-circle";
        };
    }

    // ---- charts (Chart.js configurations for p:chart), each described in text beside it

    /** Mean CES of each touchpoint with its 95% interval as a floating bar, and its target as a mark. */
    public String getCesChart() {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode interval = datasets.addObject();
        interval.put("label", messages.get("report.chart.interval"));
        interval.put("backgroundColor", "rgba(37, 99, 235, 0.35)");
        interval.put("borderColor", "#1d4ed8");
        interval.put("borderWidth", 1);
        interval.put("order", 3);
        ArrayNode ranges = interval.putArray("data");
        ObjectNode mean = datasets.addObject();
        mean.put("type", "line");
        mean.put("label", messages.get("report.chart.mean"));
        mean.put("showLine", false);
        mean.put("pointStyle", "circle");
        mean.put("pointRadius", 5);
        mean.put("backgroundColor", "#1e3a8a");
        mean.put("borderColor", "#1e3a8a");
        mean.put("order", 1);
        ArrayNode means = mean.putArray("data");
        ObjectNode target = datasets.addObject();
        target.put("type", "line");
        target.put("label", messages.get("report.chart.target"));
        target.put("showLine", false);
        target.put("pointStyle", "line");
        target.put("pointRadius", 14);
        target.put("pointBorderWidth", 3);
        target.put("borderColor", "#b91c1c");
        target.put("backgroundColor", "#b91c1c");
        target.put("order", 2);
        ArrayNode targets = target.putArray("data");
        if (effort != null) {
            for (TouchpointEffort t : effort.touchpoints()) {
                labels.add(t.code());
                if (t.cesCiLow() != null && t.cesCiHigh() != null) {
                    ranges.addArray().add(Math.max(1, t.cesCiLow())).add(Math.min(7, t.cesCiHigh()));
                } else {
                    ranges.addNull();
                }
                add(means, t.cesMean());
                add(targets, t.plan().targetCes() == null ? null : t.plan().targetCes().doubleValue());
            }
        }
        ObjectNode options = chart.putObject("options");
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("min", 1);
        y.put("max", 7);
        y.putObject("title").put("display", true).put("text", messages.get("report.chart.cesAxis"));
        return chart.toString();
    }

    /** The weekly mean CES (left axis) and repeat rate in % (right axis) of the journey or the chosen touchpoint. */
    public String getTrendChart() {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "line");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode ces = datasets.addObject();
        ces.put("label", messages.get("report.chart.mean"));
        ces.put("borderColor", "#1d4ed8");
        ces.put("backgroundColor", "#1d4ed8");
        ces.put("yAxisID", "y");
        ces.put("spanGaps", true);
        ArrayNode cesData = ces.putArray("data");
        ObjectNode repeat = datasets.addObject();
        repeat.put("label", messages.get("report.chart.repeatRate"));
        repeat.put("borderColor", "#c2410c");
        repeat.put("backgroundColor", "#c2410c");
        repeat.putArray("borderDash").add(6).add(4);
        repeat.put("pointStyle", "rectRot");
        repeat.put("yAxisID", "y1");
        repeat.put("spanGaps", true);
        ArrayNode repeatData = repeat.putArray("data");
        TrendSeries series = getTrendSeries();
        if (series != null) {
            for (TrendWeek week : series.weeks()) {
                labels.add(week.week());
                add(cesData, week.cesMean());
                add(repeatData, week.repeatRate() == null ? null : week.repeatRate() * 100);
            }
        }
        ObjectNode options = chart.putObject("options");
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        ObjectNode scales = options.putObject("scales");
        ObjectNode y = scales.putObject("y");
        y.put("min", 1);
        y.put("max", 7);
        y.put("position", "left");
        y.putObject("title").put("display", true).put("text", messages.get("report.chart.cesAxis"));
        ObjectNode y1 = scales.putObject("y1");
        y1.put("min", 0);
        y1.put("position", "right");
        y1.putObject("grid").put("drawOnChartArea", false);
        y1.putObject("title").put("display", true).put("text", messages.get("report.chart.repeatAxis"));
        return chart.toString();
    }

    private static void add(ArrayNode values, Double value) {
        if (value == null || value.isNaN()) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    /** The series the trend chart and its table show: the chosen touchpoint's, or the journey's. */
    public TrendSeries getTrendSeries() {
        if (trends == null) {
            return null;
        }
        if (trendTouchpoint != null && !trendTouchpoint.isBlank()) {
            return trends.touchpoints().stream().filter(s -> trendTouchpoint.equals(s.code())).findFirst()
                    .orElse(trends.journey());
        }
        return trends.journey();
    }

    /** The chart's text alternative: what it shows, the touchpoints below their target. */
    public String getCesChartSummary() {
        if (effort == null) {
            return "";
        }
        List<String> below = effort.touchpoints().stream()
                .filter(t -> t.status() == EffortStatus.OFF_TARGET || t.status() == EffortStatus.AT_RISK)
                .map(t -> t.code() + " " + number(t.cesMean(), 2) + " / " + number(
                        t.plan().targetCes() == null ? null : t.plan().targetCes().doubleValue(), 1))
                .toList();
        return messages.get("report.chart.cesSummary", effort.touchpoints().size(),
                below.isEmpty() ? messages.get("report.chart.noneBelow") : String.join(", ", below));
    }

    private Locale locale() {
        return localeView.getLocale();
    }

    // ---- fields

    public Long getJourneyId() {
        return journeyId;
    }

    public void setJourneyId(Long journeyId) {
        this.journeyId = journeyId;
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getTrendTouchpoint() {
        return trendTouchpoint;
    }

    public void setTrendTouchpoint(String trendTouchpoint) {
        this.trendTouchpoint = trendTouchpoint;
    }

    public LocalDate getChangeDay() {
        return changeDay;
    }

    public void setChangeDay(LocalDate changeDay) {
        this.changeDay = changeDay;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public List<TouchpointEffort> getTouchpointRows() {
        return touchpointRows;
    }

    public EffortReport getEffort() {
        return effort;
    }

    public HotspotReport getHotspots() {
        return hotspots;
    }

    public KpiReport getKpis() {
        return kpis;
    }

    public BeforeAfterReport getBeforeAfter() {
        return beforeAfter;
    }

}
