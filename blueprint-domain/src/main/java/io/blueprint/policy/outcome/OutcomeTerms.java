package io.blueprint.policy.outcome;

import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.RefundRuleTerms;

import java.util.List;

/**
 * What breach measurement needs of a guarantee version: its condition and its refund rules. A published version's
 * terms, or the terms an executive is trying out on a draft.
 *
 * @param touchpointCodes the touchpoints whose measured data the version is judged by
 */
public record OutcomeTerms(GuaranteeCondition condition, List<RefundRuleTerms> rules, List<String> touchpointCodes) {

    public OutcomeTerms {
        rules = rules == null ? List.of() : List.copyOf(rules);
        touchpointCodes = touchpointCodes == null ? List.of() : List.copyOf(touchpointCodes);
    }

    /** What the condition reads; empty when it reads nothing or is incomplete. */
    public List<Reading> readings() {
        return condition == null || condition.getMetric() == null ? List.of() : Reading.of(condition.getMetric());
    }
}
