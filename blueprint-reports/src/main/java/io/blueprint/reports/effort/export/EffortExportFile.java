package io.blueprint.reports.effort.export;

import io.blueprint.reports.policy.export.ExportFormat;

/** A finished export of an effort report: its bytes, what kind of file it is and the name to save it under. */
public record EffortExportFile(byte[] content, ExportFormat format, String fileName) {

    public String mediaType() {
        return format.mediaType();
    }
}
