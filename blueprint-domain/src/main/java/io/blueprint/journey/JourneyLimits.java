package io.blueprint.journey;

import io.blueprint.shared.DomainException;

/**
 * How large one blueprint may grow: stages, steps, flows and the KPIs of one touchpoint. A bound on
 * each keeps a page, an export and an import fast and an attacker's document cheap to refuse; the
 * web module reads them from MicroProfile Config ({@code blueprint.journey.max-steps} …).
 */
public record JourneyLimits(int maxStages, int maxSteps, int maxFlows, int maxKpisPerTouchpoint) {

    /** 100 stages, 2,000 steps, 5,000 flows, 20 KPIs per touchpoint: far beyond any real service blueprint. */
    public static JourneyLimits defaults() {
        return new JourneyLimits(100, 2_000, 5_000, 20);
    }

    void stages(int count, String field) {
        require(count, maxStages, "journey.limit.stages", field);
    }

    void steps(int count, String field) {
        require(count, maxSteps, "journey.limit.steps", field);
    }

    void flows(int count, String field) {
        require(count, maxFlows, "journey.limit.flows", field);
    }

    void kpis(int count, String field) {
        require(count, maxKpisPerTouchpoint, "journey.limit.kpis", field);
    }

    private static void require(int count, int max, String key, String field) {
        if (count > max) {
            throw new DomainException(key, max).at(field);
        }
    }
}
