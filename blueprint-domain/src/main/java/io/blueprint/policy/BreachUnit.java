package io.blueprint.policy;

/** The unit in which a breach is counted for a per-unit refund ("per started 10 minutes"). */
public enum BreachUnit {
    MINUTES,
    HOURS,
    DAYS,
    OCCURRENCES
}
