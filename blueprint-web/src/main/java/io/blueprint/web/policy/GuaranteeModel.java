package io.blueprint.web.policy;

import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.GuaranteeTerms;
import io.blueprint.reports.catalog.TouchpointRow;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a guarantee as its page shows it: the terms, where it stands and who moved it
 * there, every version of its code, and the touchpoints of its service.
 *
 * @param version    the row version every change names, so a stale page is refused
 * @param linked     the linked touchpoints, in the guarantee's order; a code no touchpoint has any more has only its code
 */
public record GuaranteeModel(long id, long version, String code, int revision, GuaranteeStatus status, long serviceId,
                             String serviceName, GuaranteeTerms terms, String createdBy, String changedBy,
                             String submittedBy, Instant submittedAt, String reviewNote, String approvedBy,
                             Instant approvedAt, String retiredBy, Instant retiredAt, LocalDate lastDayInForce,
                             List<VersionRow> versions, List<Linked> linked, List<TouchpointRow> serviceTouchpoints,
                             java.util.Set<io.blueprint.policy.PolicyAction> allowed)
        implements Serializable {

    /** One version of the same code, for the history. */
    public record VersionRow(long id, int revision, GuaranteeStatus status, LocalDate effectiveFrom,
                             LocalDate lastDayInForce, String approvedBy, Instant approvedAt) implements Serializable {
    }

    /** A linked touchpoint code and, when the service still has it, where it is drawn. */
    public record Linked(String code, TouchpointRow touchpoint) implements Serializable {
    }

    public boolean isDraft() {
        return status == GuaranteeStatus.DRAFT;
    }

    public boolean isInReview() {
        return status == GuaranteeStatus.IN_REVIEW;
    }

    public boolean isPublished() {
        return status == GuaranteeStatus.PUBLISHED;
    }

    /** Approved at some time: its terms never change again. */
    public boolean isFrozen() {
        return status.wasPublished();
    }

    /** The version of this code still being drafted or reviewed, if it is not this one. */
    public VersionRow openVersion() {
        return versions.stream().filter(v -> v.status().isOpen() && v.id() != id).findFirst().orElse(null);
    }
}
