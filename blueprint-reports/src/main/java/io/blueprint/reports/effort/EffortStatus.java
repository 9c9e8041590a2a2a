package io.blueprint.reports.effort;

/**
 * How a touchpoint's measured CES stands against its planned target, decided in this order:
 * <ol>
 *   <li>{@link #NO_TARGET}: the effort plan names no target CES, so there is nothing to compare with
 *       (whatever was measured);</li>
 *   <li>{@link #TOO_FEW_RESPONSES}: fewer responses than the minimum of the settings (30 by default);</li>
 *   <li>{@link #ON_TARGET}: the mean CES is at or above the target;</li>
 *   <li>{@link #AT_RISK}: the mean is below the target but the 95 % interval still reaches it;</li>
 *   <li>{@link #OFF_TARGET}: the whole interval lies below the target.</li>
 * </ol>
 */
public enum EffortStatus {
    ON_TARGET,
    AT_RISK,
    OFF_TARGET,
    TOO_FEW_RESPONSES,
    NO_TARGET
}
