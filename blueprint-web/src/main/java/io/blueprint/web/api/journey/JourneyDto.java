package io.blueprint.web.api.journey;

import io.blueprint.journey.Channel;
import io.blueprint.journey.DesignChecks;
import io.blueprint.journey.EffortPlan;
import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.Kpi;
import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;
import io.blueprint.journey.Lane;
import io.blueprint.journey.Step;
import io.blueprint.journey.Touchpoint;

import java.math.BigDecimal;
import java.util.List;

/** A whole journey as the API returns it: the blueprint with its ids, and the design-check findings. */
public record JourneyDto(long id, long version, long serviceId, String serviceName, String name, String persona,
                         String description, String owner, JourneyStatus status, List<StageDto> stages,
                         List<StepDto> steps, List<FlowDto> flows, List<FindingDto> designFindings,
                         boolean editable) {

    /** A column, in order. */
    public record StageDto(long id, String name, int position) {
    }

    /** A card; {@code touchpoint} is null when the customer does not meet the company here. */
    public record StepDto(long id, long stageId, Lane lane, int position, String title, String description,
                          String owningTeam, boolean failPoint, boolean waitPoint, TouchpointDto touchpoint) {
    }

    /** The touchpoint of a step. */
    public record TouchpointDto(String code, Channel channel, EffortPlanDto effortPlan, List<KpiDto> kpis) {
    }

    /** Planned effort: target CES on the CES 2.0 scale (1–7), limits and target first-contact resolution. */
    public record EffortPlanDto(BigDecimal targetCes, Integer maxSteps, Integer maxHandoffs, Integer maxWaitSeconds,
                                Integer targetFcrPercent) {

        static EffortPlanDto of(EffortPlan plan) {
            return plan == null ? null : new EffortPlanDto(plan.getTargetCes(), plan.getMaxSteps(),
                    plan.getMaxHandoffs(), plan.getMaxWaitSeconds(), plan.getTargetFcrPercent());
        }

        EffortPlan toPlan() {
            return new EffortPlan(targetCes, maxSteps, maxHandoffs, maxWaitSeconds, targetFcrPercent);
        }
    }

    /** A KPI of a touchpoint. */
    public record KpiDto(long id, KpiMetric metric, BigDecimal target, String unit, KpiDirection direction,
                         String owner) {
    }

    /** An arrow from one step to another. */
    public record FlowDto(long id, long fromStepId, long toStepId, String label) {
    }

    /** A design-check finding: which rule, and the stage or step it concerns. */
    public record FindingDto(String kind, Long stageId, String stageName, Long stepId, String stepTitle) {
    }

    /** {@code editable}: whether the caller may change this journey now, as the domain answers it. */
    static JourneyDto of(Journey journey, boolean editable) {
        return new JourneyDto(journey.getId(), journey.getVersion(), journey.getService().getId(),
                journey.getService().getName(), journey.getName(), journey.getPersona(), journey.getDescription(),
                journey.getOwner(), journey.getStatus(),
                journey.getStagesInOrder().stream().map(s -> new StageDto(s.getId(), s.getName(), s.getPosition())).toList(),
                journey.getStepsInOrder().stream().map(step -> step(journey, step)).toList(),
                journey.getFlows().stream().map(f -> new FlowDto(f.getId(), f.getFrom().getId(), f.getTo().getId(),
                        f.getLabel())).toList(),
                DesignChecks.check(journey).stream().map(f -> new FindingDto(f.kind().name(), f.stageId(),
                        f.stageName(), f.stepId(), f.stepTitle())).toList(),
                editable);
    }

    private static StepDto step(Journey journey, Step step) {
        Touchpoint tp = journey.touchpointOf(step).orElse(null);
        TouchpointDto touchpoint = tp == null ? null : new TouchpointDto(tp.getCode(), tp.getChannel(),
                EffortPlanDto.of(tp.getEffortPlan()), tp.getKpis().stream().map(JourneyDto::kpi).toList());
        return new StepDto(step.getId(), step.getStage().getId(), step.getLane(), step.getPosition(), step.getTitle(),
                step.getDescription(), step.getOwningTeam(), step.isFailPoint(), step.isWaitPoint(), touchpoint);
    }

    private static KpiDto kpi(Kpi k) {
        return new KpiDto(k.getId(), k.getMetric(), k.getTarget(), k.getUnit(), k.getDirection(), k.getOwner());
    }
}
