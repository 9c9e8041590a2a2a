package io.blueprint.policy;

/** How a refund rule's amount is reckoned. */
public enum AmountKind {
    /** A fixed sum in the rule's currency. */
    FIXED,
    /** A percentage of the order value. */
    PERCENT_OF_ORDER,
    /** A sum for each started unit of breach, e.g. per day late or per started 10 minutes. */
    PER_BREACH_UNIT
}
