package io.blueprint.reports.policy;

import io.blueprint.journey.Channel;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.RefundRuleTerms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of a guarantee that was published, as the charter, the ops exports and the blueprint
 * show it: its terms, the touchpoints it is kept at, and who approved it when.
 *
 * @param endedOn the first day a later version or a retirement ended it, or null
 */
public record PublishedGuarantee(String code, int revision, GuaranteeStatus status, long serviceId, String serviceName,
                                 String title, String promise, GuaranteeCondition condition, String scope,
                                 List<String> exclusions, List<ClaimChannel> claimChannels, LocalDate effectiveFrom,
                                 LocalDate effectiveTo, LocalDate endedOn, List<TouchpointRef> touchpoints,
                                 String owner, List<RefundRuleTerms> refundRules, String approvedBy,
                                 Instant approvedAt) {

    /**
     * A touchpoint a guarantee is linked to. Channel, journey and step are null when no touchpoint
     * of the service has the code any more.
     */
    public record TouchpointRef(String code, Channel channel, String journeyName, String stepTitle) {
    }

    /** The last day this version is (or was) in force, or null when no end is set. */
    public LocalDate lastDayInForce() {
        return lastDayInForce(effectiveTo, endedOn);
    }

    /** The last day of a version with these dates, or null when no end is set. */
    public static LocalDate lastDayInForce(LocalDate effectiveTo, LocalDate endedOn) {
        LocalDate ended = endedOn == null ? null : endedOn.minusDays(1);
        if (effectiveTo == null) {
            return ended;
        }
        return ended == null || effectiveTo.isBefore(ended) ? effectiveTo : ended;
    }
}
