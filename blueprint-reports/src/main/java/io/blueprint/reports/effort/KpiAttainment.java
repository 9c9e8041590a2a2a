package io.blueprint.reports.effort;

import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One KPI's measured value against its target over the period.
 *
 * @param thresholdSeconds for a service level: the seconds its unit names ("% in 120 s", "% (120초 내)",
 *                         "% in 2 min"); null otherwise or when the unit names none
 * @param measured         the measured value in the KPI's unit: percentages (a unit with "%") 0–100, otherwise a
 *                         fraction 0–1 for rates; CES on the CES 2.0 scale; NPS −100…100; waits in seconds (or
 *                         minutes, hours when the unit says so). Null when not measured or not measurable
 * @param sample           how many responses or contacts the value rests on (the repeated contacts for the
 *                         channel-switch rate)
 */
public record KpiAttainment(long kpiId, String touchpointCode, String stage, KpiMetric metric, BigDecimal target,
                            String unit, KpiDirection direction, Integer thresholdSeconds, Double measured, long sample,
                            KpiOutcome outcome) implements Serializable {
}
