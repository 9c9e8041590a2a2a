package io.blueprint.policy.outcome;

import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;

import java.math.BigDecimal;

/**
 * What one refund rule of one version cost over a month (or a period).
 *
 * @param owed     the sum of what every breach was owed under the rule, each capped, in the rule's currency
 * @param expected what is expected to be paid: {@code owed} for automatic payouts, {@code owed × claim rate} for
 *                 on-claim remedies, rounded to the currency's smallest unit
 * @param unpriced breaches the rule could not price: a percentage of an order without an order value, or with
 *                 the value in another currency (they are in neither sum)
 */
public record RuleCost(int revision, int position, RefundRuleTerms rule, BigDecimal owed, BigDecimal expected,
                       long unpriced) implements java.io.Serializable {

    public String currency() {
        return rule.currency();
    }

    public boolean automatic() {
        return rule.payout() == Payout.AUTOMATIC;
    }
}
