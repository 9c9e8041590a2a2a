package io.blueprint.web.api.report;

import io.blueprint.access.Role;
import io.blueprint.measurement.MeasurementSettings;
import io.blueprint.reports.effort.BeforeAfterReport;
import io.blueprint.reports.effort.EffortReport;
import io.blueprint.reports.effort.EffortReports;
import io.blueprint.reports.effort.HotspotReport;
import io.blueprint.reports.effort.KpiReport;
import io.blueprint.reports.effort.TrendReport;
import io.blueprint.reports.effort.export.EffortExporter;
import io.blueprint.reports.export.ReportFile;
import io.blueprint.web.api.DateParameter;
import io.blueprint.web.policy.BundleLabels;
import io.blueprint.web.policy.ExportRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The effort reports of a journey over a period of company days, read from the daily rollups: planned
 * against measured effort per touchpoint, hotspots, weekly trends, before/after a day, KPI attainment, and all of
 * them as one file (PDF, XLSX or CSV).
 * Every signed-in role may read them. Without {@code from} and {@code to} a report covers the last 30
 * days up to today; shares and rates are fractions 0–1 and numbers are unrounded.
 */
@Path("/reports")
@RequestScoped
@Tag(name = "Reports", description = "Planned against measured effort, hotspots, trends, before/after and KPI attainment")
@RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME, Role.OPS_NAME, Role.VIEWER_NAME})
public class ReportResource {

    private static final String ROLES = "Every signed-in role. ";
    private static final String PERIOD = "from and to are company days (YYYY-MM-DD, both included; the last 30 days "
            + "up to today when left out; at most blueprint.reports.max-period-days). ";

    @Inject
    EffortReports reports;

    @Inject
    MeasurementSettings measurement;

    @Inject
    EffortExporter exporter;

    @GET
    @Path("effort")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Planned against measured effort for every touchpoint of a journey",
            description = ROLES + PERIOD + "One row per touchpoint (its effort plan beside what was measured: responses, "
                    + "mean CES on the CES 2.0 scale with its 95% confidence interval, low- and high-effort shares, contacts, "
                    + "nearest-rank p50/p90 wait, mean transfers, first-contact resolution, repeat and channel-switch rates, "
                    + "the gaps to plan and a status: ON_TARGET, AT_RISK, OFF_TARGET, TOO_FEW_RESPONSES or NO_TARGET), "
                    + "a subtotal per stage and the journey total, both from the merged rollups (weighted by responses).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EffortReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is missing or out of range, named in the answer")
    @APIResponse(responseCode = "404", description = "No such journey")
    public EffortReport effort(@BeanParam ReportParameters asked) {
        ReportParameters.Period period = asked.period(measurement.zone());
        return reports.effort(asked.journeyId(), period.from(), period.to());
    }

    @GET
    @Path("hotspots")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The journey's touchpoints ranked by effort gap weighted by volume",
            description = ROLES + PERIOD + "Ranked by max(0, target − mean CES) × contacts, each with the distinct customers "
                    + "reached, customers at risk (reached × high-effort share) and repurchases lost (at risk × the difference "
                    + "of the repurchase rates); the assumptions are in the answer.")
    @APIResponse(responseCode = "200", description = "The hotspots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotspotReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is missing or out of range, named in the answer")
    @APIResponse(responseCode = "404", description = "No such journey")
    public HotspotReport hotspots(@BeanParam ReportParameters asked) {
        ReportParameters.Period period = asked.period(measurement.zone());
        return reports.hotspots(asked.journeyId(), period.from(), period.to());
    }

    @GET
    @Path("trends")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Weekly series of the journey and its touchpoints",
            description = ROLES + PERIOD + "ISO weeks (Monday first, the company's zone): responses, mean CES with its "
                    + "interval, contacts, repeat rate and p90 wait, for the journey and for each touchpoint, or only for "
                    + "the one named by touchpoint.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is missing or out of range, named in the answer")
    @APIResponse(responseCode = "404", description = "No such journey, or no such touchpoint on it")
    public TrendReport trends(@BeanParam ReportParameters asked,
                              @Parameter(description = "A touchpoint code of the journey") @QueryParam("touchpoint") String touchpoint) {
        ReportParameters.Period period = asked.period(measurement.zone());
        return reports.trends(asked.journeyId(), touchpoint, period.from(), period.to());
    }

    @GET
    @Path("before-after")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Before and after a day: mean CES and repeat rate, with significance tests",
            description = ROLES + "days days on each side of date (blueprint.reports.before-after-days, 28, when left out); "
                    + "the day itself starts the after period. The difference in mean CES with Welch's t-test and in repeat "
                    + "rate with a two-proportion z-test, each with its p-value and whether it is significant at 5%.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeforeAfterReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is missing or out of range, named in the answer")
    @APIResponse(responseCode = "404", description = "No such journey")
    public BeforeAfterReport beforeAfter(@Parameter(description = "The journey's id", required = true) @QueryParam("journey") Long journey,
                                         @Parameter(description = "The day of the change, YYYY-MM-DD", required = true) @QueryParam("date") String date,
                                         @Parameter(description = "Days on each side") @QueryParam("days") Integer days) {
        return reports.beforeAfter(ReportParameters.journeyId(journey), DateParameter.read(date), days);
    }

    @GET
    @Path("kpis")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attainment of every KPI on the journey's touchpoints",
            description = ROLES + PERIOD + "Each KPI's measured value against its target in its direction: MET, MISSED, "
                    + "NO_DATA, or NOT_MEASURABLE for a metric Blueprint does not measure (complaints). Service level is the "
                    + "share of contacts that waited at most the KPI's threshold.")
    @APIResponse(responseCode = "200", description = "The KPIs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is missing or out of range, named in the answer")
    @APIResponse(responseCode = "404", description = "No such journey")
    public KpiReport kpis(@BeanParam ReportParameters asked) {
        ReportParameters.Period period = asked.period(measurement.zone());
        return reports.kpis(asked.journeyId(), period.from(), period.to());
    }

    @GET
    @Path("effort/export")
    @Operation(summary = "Download the effort report of a journey as PDF, XLSX or CSV",
            description = ROLES + PERIOD + "PDF (landscape A4): the touchpoint table with stage subtotals and the journey "
                    + "total, the chart of mean CES with its 95% interval against each target, hotspots with the loyalty "
                    + "assumptions, the journey's weekly CES as a chart and a table, before/after (the period's last "
                    + "blueprint.reports.before-after-days days against the days before) and KPI attainment. XLSX: a sheet "
                    + "per part with typed cells (percentages are fractions with a % format) and an About sheet. CSV: the "
                    + "touchpoint table with subtotals, UTF-8 with a byte order mark, every cell quoted and guarded against "
                    + "formulas, shares as fractions 0–1. Headings in the language asked for. The same request gives the "
                    + "same bytes.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment named "
            + "effort-report-PREFIX-FROM-TO.EXT (PREFIX: what the journey's touchpoint codes share before their first "
            + "hyphen, or journey-ID)",
            content = {@Content(mediaType = "application/pdf"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "400", description = "A bad parameter; fieldErrors names it (format, journey, from, to, lang)")
    @APIResponse(responseCode = "404", description = "No such journey")
    public Response export(@BeanParam ReportParameters asked,
                           @Parameter(in = ParameterIn.QUERY, required = true, description = "pdf, xlsx or csv",
                                   schema = @Schema(enumeration = {"pdf", "xlsx", "csv"}))
                           @QueryParam("format") String format,
                           @Parameter(in = ParameterIn.QUERY, description = "Language of headings and texts: en (default) or ko",
                                   schema = @Schema(enumeration = {"en", "ko"}))
                           @QueryParam("lang") String lang) {
        var exportFormat = ReportFile.format(format);
        var language = ExportRequest.locale(lang);
        long journeyId = asked.journeyId();
        ReportParameters.Period period = asked.period(measurement.zone());
        ReportFile file = exporter.export(exportFormat, journeyId, period.from(), period.to(), BundleLabels.in(language));
        return ReportDownload.of(file);
    }
}
