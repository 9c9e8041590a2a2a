package io.blueprint.reports.overview;

import io.blueprint.reports.effort.Hotspot;

/** A hotspot of one journey, for the overview's ranking across journeys. */
public record OverviewHotspot(long journeyId, String journeyName, Hotspot hotspot) {
}
