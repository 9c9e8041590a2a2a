package io.blueprint.reports.overview;

import io.blueprint.reports.effort.EffortStatus;

import java.util.Map;

/**
 * One journey's effort status for the overview: how many touchpoints stand where, and the journey's mean CES.
 *
 * @param statuses touchpoints per status, every status present (zero when none)
 */
public record JourneyEffort(long journeyId, String journeyName, String serviceName, long responses, Double cesMean,
                            long contacts, Map<EffortStatus, Integer> statuses) {

    public int count(EffortStatus status) {
        return statuses.getOrDefault(status, 0);
    }
}
