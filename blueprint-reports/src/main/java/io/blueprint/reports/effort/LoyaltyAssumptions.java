package io.blueprint.reports.effort;

import java.io.Serializable;

/**
 * The assumptions behind the loyalty estimate of the hotspots (principle 2: of 97,000 customers, 94 % of the
 * low-effort ones bought again against 4 % of the high-effort ones), shown beside the figures.
 *
 * @param lowEffortRepurchaseRate  share of low-effort customers who buy again
 * @param highEffortRepurchaseRate share of high-effort customers who buy again
 * @param highEffortAtMost         normalised CES at or below which a response counts as high effort
 */
public record LoyaltyAssumptions(double lowEffortRepurchaseRate, double highEffortRepurchaseRate, double highEffortAtMost)
        implements Serializable {

    /** Repurchases lost per customer at risk: the low-effort rate minus the high-effort rate. */
    public double repurchaseRateLost() {
        return lowEffortRepurchaseRate - highEffortRepurchaseRate;
    }
}
