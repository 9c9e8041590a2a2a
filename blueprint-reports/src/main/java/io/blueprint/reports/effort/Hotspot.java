package io.blueprint.reports.effort;

import io.blueprint.journey.Channel;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A touchpoint where customers spend more effort than planned, weighted by how many contacts it has.
 *
 * @param effortGap         {@code max(0, target CES − mean CES)}
 * @param weightedGap       {@code effortGap × contacts}, the ranking
 * @param customersReached  distinct customers of the touchpoint's survey responses and contact events in the period
 *                          (exact up to 16,384 distinct customers, a Theta-sketch estimate above)
 * @param customersAtRisk   {@code customersReached × highEffortShare}; null without responses
 * @param repurchasesLost   {@code customersAtRisk × (low-effort − high-effort repurchase rate)}; null without responses
 * @param status            the touchpoint's CES status (too few responses included, so that a thin sample shows as one)
 */
public record Hotspot(String code, String stepTitle, String stage, Channel channel, BigDecimal targetCes, long responses,
                      Double cesMean, Double highEffortShare, long contacts, double effortGap, double weightedGap,
                      double customersReached, Double customersAtRisk, Double repurchasesLost, EffortStatus status)
        implements Serializable {
}
