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
}
