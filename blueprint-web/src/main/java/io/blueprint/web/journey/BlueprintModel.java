package io.blueprint.web.journey;

import io.blueprint.journey.Channel;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;
import io.blueprint.journey.Lane;
import io.blueprint.journey.Line;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A journey as the blueprint editor draws it: a grid of lanes × stages holding cards. */
public record BlueprintModel(long id, long version, long serviceId, String serviceName, String name, String persona,
                             JourneyStatus status, List<Column> stages, List<Row> rows, List<FlowView> flows,
                             List<FindingView> findings) implements Serializable {

    /** A stage: one column. */
    public record Column(long id, String name, int position) implements Serializable {
    }

    /** A lane: one row of cells, and the line drawn below it (null for none). */
    public record Row(Lane lane, Line lineBelow, List<Cell> cells) implements Serializable {
    }

    /** The cards at (stage, lane). */
    public record Cell(long stageId, String stageName, Lane lane, List<Card> cards) implements Serializable {
    }

    /** One step, with its touchpoint parts when it has them. */
    public record Card(long id, long stageId, Lane lane, String title, String description, String owningTeam,
                       boolean failPoint, boolean waitPoint, String code, Channel channel, BigDecimal targetCes,
                       Integer maxSteps, Integer maxHandoffs, Integer maxWaitSeconds, Integer targetFcrPercent,
                       List<KpiView> kpis, List<String> leadsTo, List<String> findingKeys,
                       List<GuaranteeRef> guarantees) implements Serializable {

        public boolean isTouchpoint() {
            return code != null;
        }

        public boolean isGuaranteed() {
            return !guarantees.isEmpty();
        }

        /** The titles of the guarantees in force here, for the badge's tooltip and label. */
        public String guaranteeTitles() {
            return String.join(" · ", guarantees.stream().map(GuaranteeRef::title).toList());
        }

        public boolean hasFindings() {
            return !findingKeys.isEmpty();
        }
    }

    /** A guarantee in force today at a touchpoint: its code (for the link) and title. */
    public record GuaranteeRef(String code, String title) implements Serializable {
    }

    /** A KPI of a touchpoint. */
    public record KpiView(long id, KpiMetric metric, BigDecimal target, String unit, KpiDirection direction,
                          String owner) implements Serializable {
    }

    /** An arrow between two cards. */
    public record FlowView(long id, long fromId, String fromTitle, long toId, String toTitle, String label)
            implements Serializable {
    }

    /** A design-check finding, by its message keys. */
    public record FindingView(String kind, Long stepId, String stepTitle, String stageName) implements Serializable {
    }

    /** One entry of the journey's history. */
    public record ChangeView(Instant at, String actor, String action, String subject, String detail)
            implements Serializable {
    }

    public List<Card> cards() {
        return rows.stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.cards().stream()).toList();
    }

    public Card card(long stepId) {
        return cards().stream().filter(c -> c.id() == stepId).findFirst().orElse(null);
    }
}
