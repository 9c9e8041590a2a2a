package io.blueprint.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * What a refund rule says, as one value: the remedy, how the amount is reckoned, its cap and
 * currency, and how the customer gets it. Used to write a rule and to compare two versions.
 *
 * @param amount         the fixed sum, the percentage (0–100) or the sum per breach unit, by {@code amountKind}
 * @param breachUnit     for {@link AmountKind#PER_BREACH_UNIT}: what is counted
 * @param breachUnitSize for {@link AmountKind#PER_BREACH_UNIT}: how many units make one started block (10 → "per started 10 minutes")
 * @param cap            the most a customer gets under this rule, or null for no cap
 * @param currency       ISO 4217 code; KRW when not given
 * @param claimSteps     what the customer does, in order; empty for automatic payout
 */
public record RefundRuleTerms(Remedy remedy, AmountKind amountKind, BigDecimal amount, BreachUnit breachUnit,
                              Integer breachUnitSize, BigDecimal cap, String currency, Payout payout,
                              List<String> claimSteps, Integer claimDeadlineDays) implements java.io.Serializable {

    public static final String DEFAULT_CURRENCY = "KRW";

    public RefundRuleTerms {
        claimSteps = claimSteps == null ? List.of() : List.copyOf(claimSteps);
        currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency.strip().toUpperCase(java.util.Locale.ROOT);
        payout = payout == null ? Payout.ON_CLAIM : payout;
    }

    /**
     * What a customer is owed: for an order of {@code orderValue} and a breach of {@code breach}
     * breach units (minutes late, days late, occurrences), capped, in the currency's smallest unit.
     * Per-unit amounts count every started block: 11 minutes at "per started 10 minutes" is two blocks.
     * A percentage of an order needs the order's value: without one it is refused.
     */
    public BigDecimal compensation(BigDecimal orderValue, BigDecimal breach) {
        if (amountKind == null || amount == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal owed = switch (amountKind) {
            case FIXED -> amount;
            case PERCENT_OF_ORDER -> {
                if (orderValue == null) {
                    throw new IllegalArgumentException("a percentage of the order needs the order's value");
                }
                yield orderValue.multiply(amount).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            }
            case PER_BREACH_UNIT -> breach.signum() <= 0 ? BigDecimal.ZERO
                    : amount.multiply(breach.divide(BigDecimal.valueOf(breachUnitSize == null ? 1 : breachUnitSize), 0,
                    RoundingMode.CEILING));
        };
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        owed = owed.setScale(Math.max(digits, 0), RoundingMode.HALF_UP);
        return cap != null && owed.compareTo(cap) > 0 ? cap : owed;
    }
}
