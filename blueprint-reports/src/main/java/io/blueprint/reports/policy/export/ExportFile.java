package io.blueprint.reports.policy.export;

/** A finished export: its bytes, what kind of file it is, the name to save it under and its checksum. */
public record ExportFile(byte[] content, ExportFormat format, String fileName, String checksum) {

    public String mediaType() {
        return format.mediaType();
    }
}
