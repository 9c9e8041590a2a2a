package io.blueprint.reports.policy.export;

import io.blueprint.reports.export.ExportFormat;

import java.time.LocalDate;
import java.util.List;

/**
 * A finished export: its bytes, what kind of file it is, the name to save it under, its checksum, and
 * what it describes (the as-of date and the versions, "CARE-CALL-2MIN v2"), which a download sends
 * as headers because the CSV holds nothing but the rows.
 */
public record ExportFile(byte[] content, ExportFormat format, String fileName, String checksum, LocalDate asOf,
                         List<String> versions) {

    public ExportFile {
        versions = List.copyOf(versions);
    }

    public String mediaType() {
        return format.mediaType();
    }
}
