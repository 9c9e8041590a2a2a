package io.blueprint.web.api.report;

import io.blueprint.access.Role;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.outcome.GuaranteeOutcomes;
import io.blueprint.reports.export.ReportFile;
import io.blueprint.reports.outcome.GuaranteeReports;
import io.blueprint.reports.outcome.OutcomePeriod;
import io.blueprint.reports.outcome.export.GuaranteeReportExporter;
import io.blueprint.shared.DomainException;
import io.blueprint.web.api.policy.GuaranteeDto;
import io.blueprint.web.policy.BundleLabels;
import io.blueprint.web.policy.ExportRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.util.List;

/**
 * Guarantee outcomes: how often each guarantee in force was broken, how many customers are owed a remedy and what it
 * costs, month by month, as JSON or as one file (PDF, XLSX or CSV); and what an open version's terms would have done
 * (what-if).
 */
@Path("/reports/guarantees")
@RequestScoped
@Tag(name = "Guarantee outcomes", description = "Breach rates, customers owed and compensation cost; what-if before publishing")
public class GuaranteeReportResource {

    private static final String PERIOD = "from and to are company days (YYYY-MM-DD, both included); without them the "
            + "last 6 whole months and the current month up to today; at most blueprint.outcome.max-months months. ";

    @Inject
    GuaranteeReports reports;

    @Inject
    GuaranteeOutcomes outcomes;

    @Inject
    GuaranteeReportExporter exporter;

    /** What to try on an open version: a condition and refund rules; either left out keeps the version's own. */
    public record WhatIfInput(Long guarantee, GuaranteeDto.ConditionDto condition, List<RefundRuleTerms> refundRules) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME, Role.OPS_NAME, Role.VIEWER_NAME})
    @Operation(summary = "Every guarantee in force in a period with its monthly breaches and cost",
            description = "Every signed-in role. " + PERIOD + "Every guarantee with a version in force on some day of the "
                    + "period (of one service with service=ID). Each contact or case at the version's touchpoints is judged "
                    + "by the version in force on its day: measured, breaches, breach rate, distinct customers owed a remedy, "
                    + "and the cost under each refund rule (capped per breach; on-claim remedies times claimRate). "
                    + "measurable=false with unmeasurable (NO_MEASUREMENT, UNIT_MISMATCH, NO_TOUCHPOINT, INCOMPLETE) when the "
                    + "condition cannot be measured: no figures, not zero.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDto.Report.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range, named in the answer")
    public OutcomeDto.Report report(@BeanParam OutcomeParameters asked) {
        OutcomePeriod period = asked.period(outcomes.today());
        return OutcomeDto.Report.of(reports.report(period.from(), period.to(), asked.serviceId()));
    }

    @GET
    @Path("export")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME, Role.OPS_NAME, Role.VIEWER_NAME})
    @Operation(summary = "Download the guarantee outcome report as PDF, XLSX or CSV",
            description = "Every signed-in role. " + PERIOD + "The report of GET /reports/guarantees as a file. PDF (landscape "
                    + "A4): the claim-rate assumption, one row per guarantee (code, title, service, its condition in words, "
                    + "measured, breaches, breach rate, customers owed, expected cost in its currency with the unpriced "
                    + "breaches, or why it cannot be measured), the breach rate per month as a chart with its text, and "
                    + "the months as a table. XLSX: sheets Guarantees, Months (one row per guarantee and month), Refund "
                    + "rules and About (period, service, claim rate); typed cells, rates as fractions with a % format, "
                    + "sums of money with their currency beside them. CSV: the guarantees, UTF-8 with a byte order mark, "
                    + "every cell quoted and guarded against formulas, rates as fractions 0–1. Headings in the language "
                    + "asked for. The same request gives the same bytes.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment named guarantee-report-FROM-TO.EXT "
            + "(guarantee-report-service-ID-FROM-TO.EXT for one service)",
            content = {@Content(mediaType = "application/pdf"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "400", description = "A bad parameter; fieldErrors names it (format, from, to, service, lang)")
    @APIResponse(responseCode = "404", description = "No such service")
    public Response export(
            @Parameter(in = ParameterIn.QUERY, required = true, description = "pdf, xlsx or csv",
                    schema = @Schema(enumeration = {"pdf", "xlsx", "csv"}))
            @QueryParam("format") String format,
            @BeanParam OutcomeParameters asked,
            @Parameter(in = ParameterIn.QUERY, description = "Language of headings and texts: en (default) or ko",
                    schema = @Schema(enumeration = {"en", "ko"}))
            @QueryParam("lang") String lang) {
        var exportFormat = ReportFile.format(format);
        var language = ExportRequest.locale(lang);
        OutcomePeriod period = asked.period(outcomes.today());
        ReportFile file = exporter.export(exportFormat, period.from(), period.to(), asked.serviceId(),
                BundleLabels.in(language));
        return ReportDownload.of(file);
    }

    @POST
    @Path("what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME})
    @Operation(summary = "What an open version's terms would have done over the last months",
            description = "Designers, executives and admins, on a draft or a version in review (guarantee: its id). The "
                    + "condition and refund rules sent (either left out: the version's own) are measured over the last "
                    + "blueprint.outcome.what-if-months whole months (6) at the version's touchpoints, as if in force all "
                    + "along, beside the version in force today over the same months. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The projection and the figures of the version in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDto.WhatIfResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid terms, with the field errors")
    @APIResponse(responseCode = "404", description = "No such guarantee version")
    @APIResponse(responseCode = "409", description = "The version is published, superseded or retired: only open versions are tried")
    public OutcomeDto.WhatIfResult whatIf(WhatIfInput body) {
        if (body == null || body.guarantee() == null) {
            throw new DomainException("outcome.whatIf.guaranteeRequired").at("guarantee");
        }
        GuaranteeCondition condition = body.condition() == null ? null : new GuaranteeCondition(body.condition().metric(),
                body.condition().operator(), body.condition().threshold(), body.condition().unit());
        return OutcomeDto.WhatIfResult.of(outcomes.whatIf(body.guarantee(), condition, body.refundRules()),
                outcomes.settings().claimRate());
    }

    @GET
    @Path("{code}/before-after")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.DESIGNER_NAME, Role.OPS_NAME, Role.VIEWER_NAME})
    @Operation(summary = "A guarantee before and after its latest version change",
            description = "Every signed-in role. days days on each side of the day the newer version took effect "
                    + "(blueprint.reports.before-after-days, 28, when left out; the after side ends today at the latest): "
                    + "the breach rate (each side judged by its own version), the mean CES and the repeat-contact rate at "
                    + "the newer version's touchpoints, each difference with its test (pooled two-proportion z-test, "
                    + "Welch's t-test), p-value and whether it is significant at 5%.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDto.BeforeAfter.class)))
    @APIResponse(responseCode = "400", description = "days out of range")
    @APIResponse(responseCode = "404", description = "No guarantee with this code")
    @APIResponse(responseCode = "409", description = "The guarantee never changed version")
    public OutcomeDto.BeforeAfter beforeAfter(
            @Parameter(description = "The guarantee's code, e.g. CARE-CALL-2MIN") @jakarta.ws.rs.PathParam("code") String code,
            @Parameter(description = "Days on each side") @QueryParam("days") Integer days) {
        return OutcomeDto.BeforeAfter.of(reports.beforeAfter(code, days));
    }
}
