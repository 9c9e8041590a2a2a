package io.blueprint.web.journey;

import io.blueprint.journey.DesignChecks;
import io.blueprint.journey.DesignFinding;
import io.blueprint.journey.EffortPlan;
import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyEditor;
import io.blueprint.journey.JourneyHistory;
import io.blueprint.journey.JourneyRepository;
import io.blueprint.journey.Lane;
import io.blueprint.journey.Stage;
import io.blueprint.journey.Step;
import io.blueprint.journey.Touchpoint;
import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.reports.policy.PolicyQuery;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the blueprint editor page asks of the domain: the journey as a {@link BlueprintModel}, and
 * the edits a dialog makes in one transaction (a step with its touchpoint, plan and move).
 */
@ApplicationScoped
public class BlueprintFacade {

    static final int HISTORY_SHOWN = 50;

    @Inject
    JourneyRepository journeys;

    @Inject
    JourneyHistory history;

    @Inject
    JourneyEditor editor;

    @Inject
    PolicyQuery policy;

    @Inject
    GuaranteeDesk guarantees;

    @Transactional
    public BlueprintModel load(long journeyId) {
        Journey journey = journeys.findBlueprint(journeyId)
                .orElseThrow(() -> DomainException.notFound("journey.notFound", journeyId));
        Map<String, List<BlueprintModel.GuaranteeRef>> guaranteed = policy
                .byTouchpoint(journey.getService().getId(), guarantees.today()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(g -> new BlueprintModel.GuaranteeRef(g.code(), g.title())).toList()));
        return model(journey, guaranteed);
    }

    /** Everything the step dialog changed, as one edit: the version moves once per part changed. */
    @Transactional
    public void saveStep(long journeyId, long version, StepForm form) {
        long v = version;
        Step step;
        if (form.getStepId() == null) {
            step = editor.addStep(journeyId, v, form.getStageId(), form.getLane(), form.getTitle(),
                    form.getDescription(), form.getOwningTeam(), form.isFailPoint(), form.isWaitPoint());
        } else {
            step = editor.editStep(journeyId, v, form.getStepId(), form.getTitle(), form.getDescription(),
                    form.getOwningTeam(), form.isFailPoint(), form.isWaitPoint());
            if (!step.getStage().getId().equals(form.getStageId()) || step.getLane() != form.getLane()) {
                step = editor.moveStep(journeyId, step.getJourney().getVersion(), step.getId(), form.getStageId(),
                        form.getLane(), Integer.MAX_VALUE);
            }
        }
        v = step.getJourney().getVersion();
        boolean isTouchpoint = step.getJourney().touchpointOf(step).isPresent();
        if (form.isTouchpoint()) {
            EffortPlan plan = new EffortPlan(form.getTargetCes(), form.getMaxSteps(), form.getMaxHandoffs(),
                    form.getMaxWaitSeconds(), form.getTargetFcrPercent());
            editor.setTouchpoint(journeyId, v, step.getId(), form.getCode(), form.getChannel(), plan);
        } else if (isTouchpoint) {
            editor.removeTouchpoint(journeyId, v, step.getId());
        }
    }

    /** @param guaranteed the guarantees in force today by touchpoint code, for the cards' badges */
    static BlueprintModel model(Journey journey, Map<String, List<BlueprintModel.GuaranteeRef>> guaranteed) {
        List<DesignFinding> findings = DesignChecks.check(journey);
        Map<Long, List<String>> findingsByStep = findings.stream().filter(f -> f.stepId() != null)
                .collect(Collectors.groupingBy(DesignFinding::stepId,
                        Collectors.mapping(f -> f.kind().name(), Collectors.toList())));
        List<Stage> stages = journey.getStagesInOrder();
        List<BlueprintModel.Row> rows = new ArrayList<>();
        for (Lane lane : Lane.values()) {
            List<BlueprintModel.Cell> cells = new ArrayList<>();
            for (Stage stage : stages) {
                List<BlueprintModel.Card> cards = journey.stepsAt(stage, lane).stream()
                        .map(step -> card(journey, step, findingsByStep.getOrDefault(step.getId(), List.of()),
                                guaranteed))
                        .toList();
                cells.add(new BlueprintModel.Cell(stage.getId(), stage.getName(), lane, cards));
            }
            rows.add(new BlueprintModel.Row(lane, lane.lineBelow(), cells));
        }
        return new BlueprintModel(journey.getId(), journey.getVersion(), journey.getService().getId(),
                journey.getService().getName(), journey.getName(), journey.getPersona(), journey.getStatus(),
                stages.stream().map(s -> new BlueprintModel.Column(s.getId(), s.getName(), s.getPosition())).toList(),
                rows,
                journey.getFlows().stream().map(f -> new BlueprintModel.FlowView(f.getId(), f.getFrom().getId(),
                        f.getFrom().getTitle(), f.getTo().getId(), f.getTo().getTitle(), f.getLabel())).toList(),
                findings.stream().map(f -> new BlueprintModel.FindingView(f.kind().name(), f.stepId(), f.stepTitle(),
                        f.stageName())).toList());
    }

    /** The newest entries of the journey's history, for the timeline. */
    @Transactional
    public List<BlueprintModel.ChangeView> history(long journeyId) {
        return history.of(journeyId, HISTORY_SHOWN).stream()
                .map(c -> new BlueprintModel.ChangeView(c.getAt(), c.getActor(), c.getAction().name(), c.getSubject(),
                        c.getDetail()))
                .toList();
    }

    private static BlueprintModel.Card card(Journey journey, Step step, List<String> findingKinds,
                                            Map<String, List<BlueprintModel.GuaranteeRef>> guaranteed) {
        Touchpoint tp = journey.touchpointOf(step).orElse(null);
        EffortPlan plan = tp == null ? null : tp.getEffortPlan();
        List<String> leadsTo = journey.flowsFrom(step).stream().map(f -> f.getTo().getTitle()).toList();
        return new BlueprintModel.Card(step.getId(), step.getStage().getId(), step.getLane(), step.getTitle(),
                step.getDescription(), step.getOwningTeam(), step.isFailPoint(), step.isWaitPoint(),
                tp == null ? null : tp.getCode(), tp == null ? null : tp.getChannel(),
                plan == null ? null : plan.getTargetCes(), plan == null ? null : plan.getMaxSteps(),
                plan == null ? null : plan.getMaxHandoffs(), plan == null ? null : plan.getMaxWaitSeconds(),
                plan == null ? null : plan.getTargetFcrPercent(),
                tp == null ? List.of() : tp.getKpis().stream().map(k -> new BlueprintModel.KpiView(k.getId(),
                        k.getMetric(), k.getTarget(), k.getUnit(), k.getDirection(), k.getOwner())).toList(),
                leadsTo, findingKinds, tp == null ? List.of() : guaranteed.getOrDefault(tp.getCode(), List.of()));
    }
}
