package io.blueprint.reports.effort;

import io.blueprint.journey.Channel;

import java.io.Serializable;

/** Before/after of one touchpoint, or of the journey (code, stage and channel null). */
public record BeforeAfterRow(String code, String stage, Channel channel, MeanComparison ces, RateComparison repeatRate)
        implements Serializable {
}
