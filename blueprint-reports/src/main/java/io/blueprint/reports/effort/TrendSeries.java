package io.blueprint.reports.effort;

import io.blueprint.journey.Channel;

import java.io.Serializable;
import java.util.List;

/** The weekly series of one touchpoint, or of the whole journey (code, stage and channel null). */
public record TrendSeries(String code, String stage, Channel channel, List<TrendWeek> weeks) implements Serializable {
}
