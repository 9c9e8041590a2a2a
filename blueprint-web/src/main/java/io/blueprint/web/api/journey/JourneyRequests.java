package io.blueprint.web.api.journey;

import io.blueprint.journey.Channel;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;
import io.blueprint.journey.Lane;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** What clients send to change a journey. Lengths and ranges are the domain's to check. */
public final class JourneyRequests {

    private JourneyRequests() {
    }

    /** A new journey, or new details for one. */
    public record JourneyInput(@NotBlank(message = "journey.name.required") String name, String persona,
                               String description, String owner, JourneyStatus status) {
    }

    /** A copy's name. */
    public record DuplicateInput(@NotBlank(message = "journey.name.required") String name) {
    }

    /** A new stage or a stage's new name and/or position (0-based). */
    public record StageInput(String name, Integer position) {
    }

    /** A new step, or a step's new content and place; a missing position puts it last in its cell. */
    public record StepInput(@NotNull(message = "api.stage.required") Long stageId,
                            @NotNull(message = "document.lane.required") Lane lane,
                            @NotBlank(message = "step.title.required") String title,
                            String description, String owningTeam, boolean failPoint, boolean waitPoint,
                            Integer position) {
    }

    /** A step's touchpoint: code, channel, and the effort plan (optional). */
    public record TouchpointInput(@NotBlank(message = "touchpoint.code.required") String code,
                                  @NotNull(message = "touchpoint.channel.required") Channel channel,
                                  @Valid JourneyDto.EffortPlanDto effortPlan) {
    }

    /** A KPI; unit and direction default to the metric's. */
    public record KpiInput(@NotNull(message = "api.metric.required") KpiMetric metric,
                           @NotNull(message = "api.target.required") BigDecimal target,
                           String unit, KpiDirection direction, String owner) {
    }

    /** An arrow between two steps of the journey. */
    public record FlowInput(@NotNull(message = "api.step.required") Long fromStepId,
                            @NotNull(message = "api.step.required") Long toStepId, String label) {
    }
}
