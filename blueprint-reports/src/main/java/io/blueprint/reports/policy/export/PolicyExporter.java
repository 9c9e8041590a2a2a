package io.blueprint.reports.policy.export;

import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.policy.PolicyQuery;
import io.blueprint.reports.policy.wording.PolicyLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The ops export of the guarantees in force on a day, in the format asked for. */
@ApplicationScoped
public class PolicyExporter {

    @Inject
    PolicyQuery policy;

    /** What the export will hold, for a preview before the file is made. */
    public GuaranteeExport contents(ExportFilter filter) {
        return GuaranteeExport.of(filter, policy.inForce(filter.asOf(), filter.serviceId(), filter.channel()));
    }

    /** The file: same filter and labels, same bytes. */
    public ExportFile export(ExportFormat format, ExportFilter filter, PolicyLabels labels) {
        return write(format, contents(filter), labels);
    }

    /** Writes an export already read in one of the formats. */
    public static ExportFile write(ExportFormat format, GuaranteeExport export, PolicyLabels labels) {
        GuaranteeExporter exporter = switch (format) {
            case CSV -> new CsvExporter();
            case XLSX -> new XlsxExporter();
            case JSON -> new JsonExporter();
            case PDF -> new PdfExporter();
        };
        byte[] content = exporter.write(export, new ExportTexts(labels));
        return new ExportFile(content, format, export.filter().fileName(format), export.checksum(),
                export.filter().asOf(), export.guarantees().stream().map(ExportedGuarantee::version).toList());
    }
}
