package io.blueprint.reports.effort;

import java.io.Serializable;

/**
 * Mean CES before and after, compared with Welch's t-test (unequal variances, from the summary statistics).
 * The difference is after − before; t, degrees of freedom and p are null when a side has fewer than 2 responses
 * or neither side varies.
 *
 * @param significant whether p is below 0.05 (false when there is no p)
 */
public record MeanComparison(long beforeResponses, Double beforeMean, Double beforeSd, long afterResponses,
                             Double afterMean, Double afterSd, Double difference, Double t, Double degreesOfFreedom,
                             Double pValue, boolean significant) implements Serializable {
}
