package io.blueprint.reports.effort;

import java.io.Serializable;

/**
 * Repeat-contact rate before and after, compared with the pooled two-proportion z-test. The difference is
 * after − before; z and p are null when a side has no contacts or the pooled rate is 0 or 1.
 *
 * @param significant whether p is below 0.05 (false when there is no p)
 */
public record RateComparison(long beforeContacts, long beforeRepeated, Double beforeRate, long afterContacts,
                             long afterRepeated, Double afterRate, Double difference, Double z, Double pValue,
                             boolean significant) implements Serializable {

    /**
     * {@code afterHits/afterCount} against {@code beforeHits/beforeCount}, with the pooled two-proportion z-test:
     * any rate before and after a day (repeat contacts, guarantee breaches).
     */
    public static RateComparison between(long beforeCount, long beforeHits, long afterCount, long afterHits) {
        Double r1 = beforeCount == 0 ? null : (double) beforeHits / beforeCount;
        Double r2 = afterCount == 0 ? null : (double) afterHits / afterCount;
        EffortStatistics.ZTest z = EffortStatistics.twoProportions(beforeHits, beforeCount, afterHits, afterCount);
        return new RateComparison(beforeCount, beforeHits, r1, afterCount, afterHits, r2,
                r1 == null || r2 == null ? null : r2 - r1, z == null ? null : z.z(), z == null ? null : z.p(),
                z != null && z.p() < EffortStatistics.SIGNIFICANCE);
    }
}
