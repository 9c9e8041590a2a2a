package io.blueprint.reports.effort;

import io.blueprint.journey.EffortPlan;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The terms of a touchpoint's effort plan that the report compares with measurements; each may be null.
 *
 * @param targetCes        target CES on the CES 2.0 scale
 * @param maxWaitSeconds   the longest planned wait, compared with the p90 wait
 * @param maxHandoffs      the most hand-offs planned, compared with the mean transfers
 * @param targetFcrPercent target first-contact resolution in percent (0–100)
 */
public record PlannedEffort(BigDecimal targetCes, Integer maxWaitSeconds, Integer maxHandoffs, Integer targetFcrPercent)
        implements Serializable {

    static final PlannedEffort NONE = new PlannedEffort(null, null, null, null);

    static PlannedEffort of(EffortPlan plan) {
        return plan == null ? NONE
                : new PlannedEffort(plan.getTargetCes(), plan.getMaxWaitSeconds(), plan.getMaxHandoffs(), plan.getTargetFcrPercent());
    }
}
