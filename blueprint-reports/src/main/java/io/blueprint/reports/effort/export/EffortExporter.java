package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.EffortReports;
import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.ReportFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * The effort report of a journey as a file: PDF (with its charts), XLSX (a sheet per part) or CSV (the touchpoint
 * table). The same report and labels give the same bytes.
 */
@ApplicationScoped
public class EffortExporter {

    @Inject
    EffortReports reports;

    /**
     * Every part of the report over the period; before/after compares the period's last days with the days before
     * them (the settings' days on each side), as the page does until a day is chosen.
     */
    public EffortExport contents(long journeyId, LocalDate from, LocalDate to) {
        var effort = reports.effort(journeyId, from, to);
        LocalDate changeDay = to.minusDays(reports.settings().beforeAfterDays() - 1L);
        return new EffortExport(effort, reports.hotspots(journeyId, from, to), reports.trends(journeyId, null, from, to),
                reports.beforeAfter(journeyId, changeDay, null), reports.kpis(journeyId, from, to));
    }

    /** The file of the journey's report over the period, in the reader's language. */
    public ReportFile export(ExportFormat format, long journeyId, LocalDate from, LocalDate to, Labels labels) {
        return write(format, contents(journeyId, from, to), labels);
    }

    /** Writes a report already read. */
    public static ReportFile write(ExportFormat format, EffortExport export, Labels labels) {
        byte[] content = switch (format) {
            case PDF -> new EffortPdfExporter().write(export, labels);
            case XLSX -> new EffortXlsxExporter().write(export, labels);
            case CSV -> EffortCsvExporter.write(export, labels);
            default -> throw new IllegalArgumentException("an effort report is not exported as " + format);
        };
        return new ReportFile(content, format, export.fileName(format));
    }
}
