package io.blueprint.policy;

/** What a guarantee's condition measures. */
public enum GuaranteeMetric {
    WAIT_TIME,
    FIRST_RESPONSE_TIME,
    RESOLUTION_TIME,
    DELIVERY_TIME,
    REFUND_TIME,
    TRANSFERS,
    REPEAT_CONTACTS,
    AVAILABILITY
}
