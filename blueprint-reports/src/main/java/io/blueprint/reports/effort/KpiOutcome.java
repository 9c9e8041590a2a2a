package io.blueprint.reports.effort;

/** Whether a KPI's measured value reached its target in the KPI's direction over the period. */
public enum KpiOutcome {
    /** Measured, and at or beyond the target in the KPI's direction. */
    MET,
    /** Measured, and short of the target. */
    MISSED,
    /** Blueprint measures this metric, but nothing was measured for the touchpoint in the period. */
    NO_DATA,
    /**
     * Blueprint cannot measure it from the imported data: complaints; a service level whose unit names no
     * threshold in seconds or minutes, or one above the hour the wait histogram holds exactly.
     */
    NOT_MEASURABLE
}
