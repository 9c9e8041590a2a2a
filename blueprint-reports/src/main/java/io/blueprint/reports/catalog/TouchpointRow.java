package io.blueprint.reports.catalog;

import io.blueprint.journey.Channel;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.Lane;

import java.io.Serializable;

/** A touchpoint of a service as a picker lists it: its code, channel, the step and journey it sits on. */
public record TouchpointRow(String code, Channel channel, Lane lane, String stepTitle, long journeyId,
                            String journeyName, JourneyStatus journeyStatus) implements Serializable {
}
