package io.blueprint.reports.effort;

import java.io.Serializable;

/**
 * The measured figures of a stage or of the whole journey, computed from the merged histograms and sums of its
 * touchpoints: the mean CES is weighted by responses and the rates by contacts, exactly as if every response and
 * contact of those touchpoints were one sample. Shares and rates are fractions 0–1; null where nothing was measured.
 *
 * @param stage       the stage's name; null for the journey total
 * @param touchpoints how many touchpoints it covers
 */
public record EffortSubtotal(String stage, int touchpoints, long responses, Double cesMean, Double cesCiLow,
                             Double cesCiHigh, Double lowEffortShare, Double highEffortShare, long contacts,
                             Integer waitP50, Integer waitP90, Double transfersMean, Double fcrRate, Double repeatRate,
                             Double channelSwitchRate) implements Serializable {
}
