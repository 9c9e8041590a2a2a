package io.blueprint.measurement;

/** What a service case is about; guarantees such as "refund within 3 business days" time them. */
public enum CaseKind {
    DELIVERY, REFUND, REPAIR, OTHER
}
