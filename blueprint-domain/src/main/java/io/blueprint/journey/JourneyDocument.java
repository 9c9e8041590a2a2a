package io.blueprint.journey;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole journey as a document that can leave Blueprint and come back: stages and steps refer
 * to each other by keys ("S1", "P1"), never by database ids, so export → import → export gives
 * the same document.
 */
public record JourneyDocument(String format, String service, String name, String persona, String description,
                              String owner, JourneyStatus status, List<StageDoc> stages, List<StepDoc> steps,
                              List<FlowDoc> flows) {

    public static final String FORMAT = "blueprint-journey/1";

    /** A column. */
    public record StageDoc(String key, String name) {
    }

    /** A card; {@code touchpoint} is null for a step the customer does not meet. */
    public record StepDoc(String key, String stage, Lane lane, String title, String description, String owningTeam,
                          boolean failPoint, boolean waitPoint, TouchpointDoc touchpoint) {
    }

    /** The touchpoint part of a step. */
    public record TouchpointDoc(String code, Channel channel, EffortPlanDoc effortPlan, List<KpiDoc> kpis) {
    }

    /** Planned effort; null fields are open. */
    public record EffortPlanDoc(BigDecimal targetCes, Integer maxSteps, Integer maxHandoffs, Integer maxWaitSeconds,
                                Integer targetFcrPercent) {
    }

    /** A KPI of a touchpoint. */
    public record KpiDoc(KpiMetric metric, BigDecimal target, String unit, KpiDirection direction, String owner) {
    }

    /** An arrow between two steps, by their keys. */
    public record FlowDoc(String from, String to, String label) {
    }
}
