package io.blueprint.reports.effort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The touchpoints of a journey ranked by effort gap weighted by volume, largest first (then by code), with the
 * loyalty consequence and its assumptions. Only touchpoints with a target CES and at least one response have a
 * gap and are listed.
 */
public record HotspotReport(long journeyId, LocalDate from, LocalDate to, LoyaltyAssumptions assumptions,
                            List<Hotspot> hotspots) implements Serializable {
}
