package io.blueprint.reports.outcome.export;

import io.blueprint.reports.export.CsvTable;
import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.export.ReportFile;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import io.blueprint.reports.outcome.GuaranteeReports;
import io.blueprint.reports.policy.wording.PolicyLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * The guarantee outcome report as a file: PDF (the table, the breach-rate chart and the months), XLSX (guarantees,
 * months, refund rules, about) or CSV (the table of guarantees). The same report and labels give the same bytes.
 */
@ApplicationScoped
public class GuaranteeReportExporter {

    @Inject
    GuaranteeReports reports;

    /** The file of the report over the period, of one service or (serviceId null) all, in the reader's language. */
    public ReportFile export(ExportFormat format, LocalDate from, LocalDate to, Long serviceId, PolicyLabels labels) {
        return write(format, reports.report(from, to, serviceId), labels);
    }

    /** Writes a report already read. */
    public static ReportFile write(ExportFormat format, GuaranteeOutcomeReport report, PolicyLabels labels) {
        byte[] content = switch (format) {
            case PDF -> new OutcomePdfExporter().write(report, labels);
            case XLSX -> new OutcomeXlsxExporter().write(report, labels);
            case CSV -> CsvTable.write(OutcomeTables.guarantees(report, new OutcomeWording(labels)), labels);
            default -> throw new IllegalArgumentException("a guarantee report is not exported as " + format);
        };
        return new ReportFile(content, format, fileName(report, format));
    }

    /** "guarantee-report-2026-06-01-2026-12-03.pdf", or "guarantee-report-service-3-…" for one service. */
    static String fileName(GuaranteeOutcomeReport report, ExportFormat format) {
        String service = report.serviceId() == null ? "" : "service-" + report.serviceId() + "-";
        return "guarantee-report-" + service + report.from() + "-" + report.to() + "." + format.extension();
    }
}
