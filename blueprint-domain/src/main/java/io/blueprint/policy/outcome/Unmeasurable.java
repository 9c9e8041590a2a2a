package io.blueprint.policy.outcome;

/** Why a guarantee's condition has no measurement: screens and the API say so instead of showing zero. */
public enum Unmeasurable {
    /** The condition lacks its metric, operator, threshold or unit. */
    INCOMPLETE,
    /** Blueprint holds no measured data for the metric (availability). */
    NO_MEASUREMENT,
    /** The unit does not fit the metric: a time metric in percent or a count, or a count in minutes. */
    UNIT_MISMATCH,
    /** The guarantee links no touchpoint, so no measured row is its. */
    NO_TOUCHPOINT
}
