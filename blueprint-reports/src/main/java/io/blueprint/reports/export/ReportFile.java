package io.blueprint.reports.export;

import io.blueprint.shared.DomainException;

import java.util.Set;

/** A finished export of a report: its bytes, what kind of file it is and the name to save it under. */
public record ReportFile(byte[] content, ExportFormat format, String fileName) {

    /** The formats a report comes in. */
    public static final Set<ExportFormat> FORMATS = Set.of(ExportFormat.PDF, ExportFormat.XLSX, ExportFormat.CSV);

    public String mediaType() {
        return format.mediaType();
    }

    /** The format named by its extension, "pdf", "xlsx" or "csv" in any case; anything else is refused naming the parameter. */
    public static ExportFormat format(String extension) {
        return ExportFormat.of(extension).filter(FORMATS::contains)
                .orElseThrow(() -> new DomainException("report.export.format", String.valueOf(extension)).at("format"));
    }
}
