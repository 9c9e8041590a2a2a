package io.blueprint.reports.catalog;

import io.blueprint.journey.JourneyStatus;

import java.io.Serializable;
import java.time.Instant;

/** One line of the journey list. */
public record JourneyRow(long id, long version, long serviceId, String serviceName, String name, String persona,
                         JourneyStatus status, long stageCount, long stepCount, Instant updatedAt) implements Serializable {
}
