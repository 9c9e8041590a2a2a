package io.blueprint.policy.outcome;

import io.blueprint.measurement.CaseKind;
import io.blueprint.policy.GuaranteeMetric;

import java.util.List;

/**
 * A measurement a guarantee's condition reads from the measured data at its touchpoints: a duration from start to
 * end of something (a contact's wait, a case from opened to closed) or a count (a contact's transfers).
 */
public enum Reading {
    /** A contact's wait in the queue: from its start until an agent answered. */
    CONTACT_WAIT(true, null),
    /** From a contact's start until it was resolved; contacts without a resolved-at time are not measured. */
    CONTACT_RESOLUTION(true, null),
    /** How often a contact was transferred. */
    CONTACT_TRANSFERS(false, null),
    /** Whether the customer had to contact the journey again within 7 days: 1 if so, 0 if not. */
    CONTACT_REPEAT(false, null),
    /** Delivery cases, opened to closed; open cases are not measured yet. */
    CASE_DELIVERY(true, CaseKind.DELIVERY),
    /** Refund cases, opened to closed. */
    CASE_REFUND(true, CaseKind.REFUND),
    /** Repair cases, opened to closed. */
    CASE_REPAIR(true, CaseKind.REPAIR),
    /** Other cases, opened to closed. */
    CASE_OTHER(true, CaseKind.OTHER);

    private final boolean duration;
    private final CaseKind caseKind;

    Reading(boolean duration, CaseKind caseKind) {
        this.duration = duration;
        this.caseKind = caseKind;
    }

    /** A time from start to end (seconds, or business days between the two days) rather than a count. */
    public boolean isDuration() {
        return duration;
    }

    /** The kind of service case this reads, or null when it reads contacts. */
    public CaseKind caseKind() {
        return caseKind;
    }

    /**
     * What a metric reads. Wait and first response both read the contacts' queue waits (the first response of a
     * call or chat is the agent answering); resolution reads contacts with a resolved-at time and repair and other
     * cases; delivery and refund time read the cases of their kind. Availability has no measurement here: empty.
     */
    public static List<Reading> of(GuaranteeMetric metric) {
        return switch (metric) {
            case WAIT_TIME, FIRST_RESPONSE_TIME -> List.of(CONTACT_WAIT);
            case RESOLUTION_TIME -> List.of(CONTACT_RESOLUTION, CASE_REPAIR, CASE_OTHER);
            case DELIVERY_TIME -> List.of(CASE_DELIVERY);
            case REFUND_TIME -> List.of(CASE_REFUND);
            case TRANSFERS -> List.of(CONTACT_TRANSFERS);
            case REPEAT_CONTACTS -> List.of(CONTACT_REPEAT);
            case AVAILABILITY -> List.of();
        };
    }
}
