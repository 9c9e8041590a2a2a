package io.blueprint.policy.outcome;

import io.blueprint.policy.ServiceGuarantee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The days one version of a guarantee was (or is) in force, both ends included, with its terms.
 *
 * @param to the last day in force, or null while it is in force without an end
 */
public record VersionSpan(int revision, OutcomeTerms terms, LocalDate from, LocalDate to) {

    /** Whether {@code day} was under this version. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** The terms of a version, whether or not it was ever in force. */
    public static OutcomeTerms termsOf(ServiceGuarantee version) {
        return new OutcomeTerms(version.getCondition(),
                version.getRefundRules().stream().map(r -> r.terms()).toList(),
                version.getTouchpointCodes());
    }

    /**
     * The spans of the versions of one guarantee that were in force, oldest first: published, superseded and retired
     * versions from their effective date to the day before they ended (superseded, retired) or their effective end.
     * Drafts and versions in review were never in force.
     */
    public static List<VersionSpan> inForce(List<ServiceGuarantee> versions) {
        List<VersionSpan> spans = new ArrayList<>();
        for (ServiceGuarantee version : versions) {
            if (!version.getStatus().wasPublished()) {
                continue;
            }
            LocalDate to = version.getEffectiveTo();
            if (version.getEndedOn() != null) {
                LocalDate lastDay = version.getEndedOn().minusDays(1);
                to = to == null || lastDay.isBefore(to) ? lastDay : to;
            }
            if (to != null && to.isBefore(version.getEffectiveFrom())) {
                continue;
            }
            spans.add(new VersionSpan(version.getRevision(), termsOf(version), version.getEffectiveFrom(), to));
        }
        spans.sort(Comparator.comparing(VersionSpan::from));
        return List.copyOf(spans);
    }
}
