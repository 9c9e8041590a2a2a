package io.blueprint.reports.catalog;

import io.blueprint.journey.JourneyStatus;

/** One journey as the catalogue lists it, with the size of its blueprint. */
public record JourneySummary(long id, long serviceId, String name, String persona, JourneyStatus status,
                             long stageCount, long stepCount) implements java.io.Serializable {
}
