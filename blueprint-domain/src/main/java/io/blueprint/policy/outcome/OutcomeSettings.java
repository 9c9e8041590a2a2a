package io.blueprint.policy.outcome;

import java.math.BigDecimal;

/**
 * The assumptions and limits of guarantee outcomes; the web module reads them from MicroProfile Config.
 *
 * @param claimRate      the share (0–1) of customers owed an on-claim remedy who claim it; automatic payouts count in full
 * @param whatIfMonths   how many whole months before the current one the what-if panel measures
 * @param maxMonths      the longest period an outcome report may span, in months
 */
public record OutcomeSettings(BigDecimal claimRate, int whatIfMonths, int maxMonths) {

    /** 25% claim, 6 months of what-if, reports of up to 36 months. */
    public static final BigDecimal DEFAULT_CLAIM_RATE = new BigDecimal("0.25");

    public OutcomeSettings {
        if (claimRate == null || claimRate.signum() < 0 || claimRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the claim rate is a share from 0 to 1, not " + claimRate);
        }
        if (whatIfMonths < 1 || maxMonths < 1) {
            throw new IllegalArgumentException("months must be at least 1");
        }
    }

    public static OutcomeSettings defaults() {
        return new OutcomeSettings(DEFAULT_CLAIM_RATE, 6, 36);
    }
}
