package io.blueprint.policy;

/** Where one version of a guarantee stands: draft → in review → published → retired (or superseded by a later version). */
public enum GuaranteeStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUPERSEDED,
    RETIRED;

    /** Still being written or reviewed: the only states whose terms may change. */
    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW;
    }

    /** Approved at some time, so it may have been in force. */
    public boolean wasPublished() {
        return !isOpen();
    }
}
