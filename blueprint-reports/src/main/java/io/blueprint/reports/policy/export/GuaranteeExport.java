package io.blueprint.reports.policy.export;

import io.blueprint.reports.policy.PublishedGuarantee;

import java.util.List;

/**
 * What one export holds, whatever its format: the filter it was asked with, the guarantee versions in
 * force, and the checksum over their canonical form.
 */
public record GuaranteeExport(ExportFilter filter, List<ExportedGuarantee> guarantees, String checksum) {

    public GuaranteeExport {
        guarantees = List.copyOf(guarantees);
    }

    /** The export of these versions from the read model. */
    public static GuaranteeExport of(ExportFilter filter, List<PublishedGuarantee> inForce) {
        List<ExportedGuarantee> guarantees = inForce.stream().map(ExportedGuarantee::of).toList();
        return new GuaranteeExport(filter, guarantees, CanonicalJson.checksum(guarantees));
    }
}
