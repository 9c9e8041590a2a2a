package io.blueprint.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.policy.outcome.GuaranteeOutcomes;
import io.blueprint.reports.export.ReportFile;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.outcome.GuaranteeOutcomeRow;
import io.blueprint.reports.outcome.GuaranteeReports;
import io.blueprint.reports.outcome.MonthlyBreachRates;
import io.blueprint.reports.outcome.OutcomePeriod;
import io.blueprint.reports.outcome.export.GuaranteeReportExporter;
import io.blueprint.reports.outcome.export.OutcomeTables;
import io.blueprint.reports.outcome.export.OutcomeWording;
import io.blueprint.reports.outcome.export.SeriesStyle;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Reports → Guarantees: a period (the last 3, 6 or 12 whole months and the current one, this year, or any two days)
 * and a service, then every guarantee in force with its breaches, customers owed and expected cost, the breach rate
 * per month as a chart and a table, and the report as PDF, XLSX or CSV. Every signed-in role; the reports module
 * computes and words everything, this view only picks and shows it.
 */
@Named
@ViewScoped
public class GuaranteeReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] POINTS = {"circle", "rect", "triangle", "rectRot", "star", "crossRot"};

    @Inject
    GuaranteeReports reports;
    @Inject
    GuaranteeOutcomes outcomes;
    @Inject
    ServiceRepository services;
    @Inject
    LocaleView localeView;
    @Inject
    Messages messages;

    private String preset = String.valueOf(OutcomePeriod.DEFAULT_MONTHS);
    private LocalDate from;
    private LocalDate to;
    private Long serviceId;
    private GuaranteeOutcomeReport report;
    /** The table's rows: a list of the view's own, which the table sorts in place. */
    private List<GuaranteeOutcomeRow> rows = new ArrayList<>();

    /** On opening: the default months up to today, unless the address named a period. */
    public void open() {
        if (from == null || to == null) {
            applyPreset();
        }
        load();
    }

    /** A preset chosen: its whole months (or this year) up to today. */
    public void applyPreset() {
        LocalDate today = outcomes.today();
        OutcomePeriod period = switch (preset == null ? "" : preset) {
            case "3" -> OutcomePeriod.lastMonths(3, today);
            case "12" -> OutcomePeriod.lastMonths(12, today);
            case "year" -> OutcomePeriod.thisYear(today);
            case "custom" -> from == null || to == null ? OutcomePeriod.lastMonths(OutcomePeriod.DEFAULT_MONTHS, today)
                    : new OutcomePeriod(from, to);
            default -> OutcomePeriod.lastMonths(OutcomePeriod.DEFAULT_MONTHS, today);
        };
        from = period.from();
        to = period.to();
    }

    /** The preset or the service changed. */
    public void refresh() {
        applyPreset();
        load();
    }

    /** Two days chosen: a period of one's own. */
    public void customPeriod() {
        preset = "custom";
        load();
    }

    /** Reads the report; a refusal (days in the wrong order, a period too long, a service gone) is shown, not thrown. */
    public void load() {
        report = null;
        rows = new ArrayList<>();
        try {
            report = reports.report(from, to, serviceId);
            rows = new ArrayList<>(report.guarantees());
        } catch (DomainException refusal) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(refusal.getMessageKey(), refusal.getArguments()), null));
        }
    }

    // ---- what the page shows

    public boolean hasData() {
        return report != null && report.hasData();
    }

    /** No guarantee was in force in the period (nothing to list at all). */
    public boolean isNoGuarantee() {
        return report != null && report.guarantees().isEmpty();
    }

    public List<SelectItem> getServiceOptions() {
        return services.findAll().stream().map(s -> new SelectItem(s.getId(), s.getName())).toList();
    }

    /** The report in the page's words: conditions, reasons, costs, the claim rate, the empty state. */
    public OutcomeWording getWords() {
        return new OutcomeWording(BundleLabels.in(localeView.getLocale()));
    }

    /** "12.5%", or "–" where nothing was measured. */
    public String percent(Double fraction) {
        return getWords().figures().percent(fraction);
    }

    public String whole(Number value) {
        return getWords().figures().whole(value);
    }

    /** Every month of every guarantee, as the chart's table and the XLSX's Months sheet list them. */
    public List<OutcomeTables.MonthRow> getMonthRows() {
        return report == null ? List.of() : OutcomeTables.months(report, getWords()).rows().stream()
                .filter(m -> m.guarantee().outcome().total().measured() > 0).toList();
    }

    /** "1, 2": the versions whose days a month counts. */
    public String revisions(List<Integer> revisions) {
        return OutcomeWording.revisions(revisions);
    }

    // ---- the chart (a Chart.js configuration for p:chart), described in text beside it

    public MonthlyBreachRates getRates() {
        return report == null ? new MonthlyBreachRates(List.of(), List.of()) : MonthlyBreachRates.of(report);
    }

    /** A line per guarantee of its breach rate in % per month; each its colour, dash and point shape. */
    public String getChart() {
        MonthlyBreachRates rates = getRates();
        ObjectNode chart = JSON.createObjectNode();
        chart.put("type", "line");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        rates.months().forEach(m -> labels.add(m.toString()));
        ArrayNode datasets = data.putArray("datasets");
        for (int i = 0; i < rates.series().size(); i++) {
            MonthlyBreachRates.Series series = rates.series().get(i);
            SeriesStyle style = SeriesStyle.of(i);
            ObjectNode line = datasets.addObject();
            line.put("label", series.code());
            line.put("borderColor", style.hex());
            line.put("backgroundColor", style.hex());
            line.put("pointStyle", POINTS[i % POINTS.length]);
            line.put("pointRadius", 4);
            line.put("spanGaps", false);
            ArrayNode dash = line.putArray("borderDash");
            for (float d : style.dash()) {
                dash.add(d);
            }
            ArrayNode values = line.putArray("data");
            series.rates().forEach(rate -> {
                if (rate == null) {
                    values.addNull();
                } else {
                    values.add(Math.round(rate * 1000) / 10.0);
                }
            });
        }
        ObjectNode options = chart.putObject("options");
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("min", 0);
        y.putObject("title").put("display", true).put("text", messages.get("guaranteeReport.chart.axis"));
        return chart.toString();
    }

    public String getChartSummary() {
        return getWords().chartSummary(getRates());
    }

    // ---- exports

    /** The report as shown, as a file ("pdf", "xlsx", "csv") in the page's language; nothing when there is no data. */
    public StreamedContent download(String format) {
        if (!hasData()) {
            return null;
        }
        ReportFile file = GuaranteeReportExporter.write(ReportFile.format(format), report,
                BundleLabels.in(localeView.getLocale()));
        return FileDownload.of(file.fileName(), file.mediaType(), file.content());
    }

    /** "Download the guarantee report as PDF": the accessible name of an export button. */
    public String downloadLabel(String format) {
        return messages.get("guaranteeReport.export.downloadAs", messages.get("report.export." + format));
    }

    // ---- fields

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

    /**
     * The first day named in the address (?from=YYYY-MM-DD): with ?to= a period of one's own; anything else is
     * ignored. Read once: the getter answers null so that a postback does not apply the address's day again over
     * the period chosen since (a view parameter submits what its getter gave).
     */
    public String getFromParam() {
        return null;
    }

    public void setFromParam(String day) {
        from = day(day);
        preset = from == null ? preset : "custom";
    }

    public String getToParam() {
        return null;
    }

    public void setToParam(String day) {
        to = day(day);
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public GuaranteeOutcomeReport getReport() {
        return report;
    }

    public List<GuaranteeOutcomeRow> getRows() {
        return rows;
    }
}
