package io.blueprint.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a guarantee promises, as one value: what a draft is written from, what the policy
 * checks read (saved or not), and what two versions are compared by.
 *
 * @param promise          the promise as the customer reads it
 * @param touchpointCodes  codes of the touchpoints, in the guarantee's service, where the promise is kept
 */
public record GuaranteeTerms(String title, String promise, GuaranteeCondition condition, String scope,
                             List<String> exclusions, List<ClaimChannel> claimChannels, LocalDate effectiveFrom,
                             LocalDate effectiveTo, List<String> touchpointCodes, String owner,
                             List<RefundRuleTerms> refundRules) implements java.io.Serializable {

    public GuaranteeTerms {
        condition = condition == null ? new GuaranteeCondition(null, null, null, null) : condition;
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        claimChannels = claimChannels == null ? List.of() : List.copyOf(claimChannels);
        touchpointCodes = touchpointCodes == null ? List.of() : List.copyOf(touchpointCodes);
        refundRules = refundRules == null ? List.of() : List.copyOf(refundRules);
    }
}
