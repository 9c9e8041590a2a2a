package io.blueprint.reports.effort.export;

import io.blueprint.journey.Channel;
import io.blueprint.reports.effort.EffortGaps;
import io.blueprint.reports.effort.EffortStatus;
import io.blueprint.reports.effort.EffortSubtotal;
import io.blueprint.reports.effort.PlannedEffort;
import io.blueprint.reports.effort.TouchpointEffort;

/**
 * A row of the exported touchpoint table: a touchpoint with its plan, gaps and status, or a stage subtotal or the
 * journey total, which have neither (their code is null).
 *
 * @param title the step's title, or for a subtotal what it totals ("Stage subtotal", "Journey total")
 */
public record EffortRow(String code, String title, String stage, Channel channel, PlannedEffort plan, long responses,
                        Double cesMean, Double cesCiLow, Double cesCiHigh, Double lowEffortShare, Double highEffortShare,
                        long contacts, Integer waitP50, Integer waitP90, Double transfersMean, Double fcrRate,
                        Double repeatRate, Double channelSwitchRate, EffortGaps gaps, EffortStatus status) {

    private static final PlannedEffort NO_PLAN = new PlannedEffort(null, null, null, null);
    private static final EffortGaps NO_GAPS = new EffortGaps(null, null, null, null);

    static EffortRow of(TouchpointEffort t) {
        return new EffortRow(t.code(), t.stepTitle(), t.stage(), t.channel(), t.plan(), t.responses(), t.cesMean(),
                t.cesCiLow(), t.cesCiHigh(), t.lowEffortShare(), t.highEffortShare(), t.contacts(), t.waitP50(), t.waitP90(),
                t.transfersMean(), t.fcrRate(), t.repeatRate(), t.channelSwitchRate(), t.gaps(), t.status());
    }

    static EffortRow of(EffortSubtotal s, String title) {
        return new EffortRow(null, title, s.stage(), null, NO_PLAN, s.responses(), s.cesMean(), s.cesCiLow(), s.cesCiHigh(),
                s.lowEffortShare(), s.highEffortShare(), s.contacts(), s.waitP50(), s.waitP90(), s.transfersMean(),
                s.fcrRate(), s.repeatRate(), s.channelSwitchRate(), NO_GAPS, null);
    }

    /** Whether this is a stage subtotal or the journey total. */
    public boolean isSubtotal() {
        return code == null;
    }
}
