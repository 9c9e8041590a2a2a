package io.blueprint.reports.policy.export;

/** Writes the guarantees of an export as the bytes of one file format. Same export, same bytes. */
public interface GuaranteeExporter {

    byte[] write(GuaranteeExport export, ExportTexts texts);
}
