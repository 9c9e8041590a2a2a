package io.blueprint.reports.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the exports: the ops export of the guarantees in force (every one) and the reports (PDF, XLSX, CSV). */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("application/json", "json"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by its file extension ("csv", "xlsx", …), in any case. */
    public static Optional<ExportFormat> of(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String wanted = extension.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
