package io.blueprint.reports.effort;

import io.blueprint.journey.Channel;

import java.io.Serializable;

/**
 * One touchpoint's row of the effort report: its plan beside what was measured in the period. Shares and rates
 * are fractions 0–1, numbers unrounded; a figure is null when nothing was measured for it (no responses, no
 * contacts, no repeated contacts for the channel-switch rate, fewer than 2 responses for the interval).
 *
 * @param code              the touchpoint's code, as measured data names it
 * @param stepTitle         the title of the touchpoint's card
 * @param stage             the stage (column) the touchpoint sits in
 * @param channel           the touchpoint's channel
 * @param plan              its effort plan (every term null when it has none)
 * @param responses         survey responses n
 * @param cesMean           mean CES on the CES 2.0 scale (see {@link EffortReport#normalisation()})
 * @param cesCiLow          lower end of the 95 % interval {@code mean − t(0.975, n − 1) · s/√n}
 * @param cesCiHigh         upper end of the interval
 * @param lowEffortShare    share of responses with normalised CES at or above the low-effort threshold (5)
 * @param highEffortShare   share at or below the high-effort threshold (3)
 * @param contacts          contact events
 * @param waitP50           median wait in seconds, nearest rank (3601 = longer than an hour)
 * @param waitP90           90th percentile wait in seconds, nearest rank (3601 = longer than an hour)
 * @param transfersMean     mean transfers per contact
 * @param fcrRate           first-contact resolution: contacts resolved and not repeated, of all contacts
 * @param repeatRate        contacts repeated within 7 days (168 hours), of all contacts
 * @param channelSwitchRate of the repeated contacts, the share whose next contact used another channel
 * @param gaps              the gaps to plan
 * @param status            the CES status against the target
 */
public record TouchpointEffort(String code, String stepTitle, String stage, Channel channel, PlannedEffort plan,
                               long responses, Double cesMean, Double cesCiLow, Double cesCiHigh, Double lowEffortShare,
                               Double highEffortShare, long contacts, Integer waitP50, Integer waitP90,
                               Double transfersMean, Double fcrRate, Double repeatRate, Double channelSwitchRate,
                               EffortGaps gaps, EffortStatus status) implements Serializable {
}
