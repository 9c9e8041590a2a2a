package io.blueprint.journey;

import io.blueprint.access.Role;
import io.blueprint.shared.DomainException;
import io.blueprint.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Every change to a blueprint, as a use case. Only designers and admins change blueprints, and an
 * archived journey is read-only until it is reactivated: every page and API asks
 * {@link #mayEdit(JourneyStatus)} rather than deciding for itself. Each edit names the journey
 * version the editor last saw: the journey row is locked, a different version means someone else
 * changed it in the meantime and the edit is refused with their change; otherwise the edit is
 * applied, the version raised and the change recorded in the journey's history.
 */
@ApplicationScoped
@Transactional
public class JourneyEditor {

    @Inject
    JourneyRepository journeys;

    @Inject
    ServiceRepository services;

    @Inject
    JourneyHistory history;

    @Inject
    Actor actor;

    @Inject
    JourneyLimits limits;

    /** Designers and admins change blueprints; every other role reads them. */
    public boolean mayChangeBlueprints() {
        return actor.hasRole(Role.DESIGNER) || actor.hasRole(Role.ADMIN);
    }

    /** Whether the actor may change a journey in this state: an archived one is read-only for everyone. */
    public boolean mayEdit(JourneyStatus status) {
        return mayChangeBlueprints() && status == JourneyStatus.ACTIVE;
    }

    // ---- whole journeys

    public Journey create(long serviceId, String name, String persona, String description, String owner) {
        requireEditor();
        Service service = services.find(serviceId).orElseThrow(() -> DomainException.notFound("service.notFound", serviceId));
        requireFreeName(service, name, null);
        Journey journey = service.startJourney(name, persona);
        journey.describe(description, owner);
        journeys.store(journey);
        journeys.flush();
        record(journey, ChangeAction.CREATED, journey.getName(), null);
        return journey;
    }

    public Journey updateDetails(long journeyId, long expectedVersion, String name, String persona,
                                 String description, String owner) {
        return applyDetails(lock(journeyId, expectedVersion), name, persona, description, owner);
    }

    private Journey applyDetails(Journey journey, String name, String persona, String description, String owner) {
        String oldName = journey.getName();
        requireFreeName(journey.getService(), name, journey.getId());
        journey.rename(name);
        journey.recast(persona);
        journey.describe(description, owner);
        return done(journey, oldName.equals(journey.getName()) ? ChangeAction.DESCRIBED : ChangeAction.RENAMED,
                journey.getName(), oldName.equals(journey.getName()) ? null : oldName + " → " + journey.getName());
    }

    /**
     * Details and status in one change, as the API sends them: an archived journey takes new details
     * only together with its reactivation; one that is archived here takes the details first.
     */
    public Journey update(long journeyId, long expectedVersion, String name, String persona, String description,
                          String owner, JourneyStatus status) {
        Journey journey = lockEvenArchived(journeyId, expectedVersion);
        if (journey.getStatus() == JourneyStatus.ARCHIVED) {
            if (status != JourneyStatus.ACTIVE) {
                throw DomainException.conflict("journey.archived", journey.getName());
            }
            journey.reactivate();
            done(journey, ChangeAction.REACTIVATED, journey.getName(), null);
        }
        applyDetails(journey, name, persona, description, owner);
        if (status == JourneyStatus.ARCHIVED) {
            journey.archive();
            done(journey, ChangeAction.ARCHIVED, journey.getName(), null);
        }
        return journey;
    }

    public Journey archive(long journeyId, long expectedVersion) {
        Journey journey = lock(journeyId, expectedVersion);
        journey.archive();
        return done(journey, ChangeAction.ARCHIVED, journey.getName(), null);
    }

    public Journey reactivate(long journeyId, long expectedVersion) {
        Journey journey = lockEvenArchived(journeyId, expectedVersion);
        journey.reactivate();
        return done(journey, ChangeAction.REACTIVATED, journey.getName(), null);
    }

    /** A copy beside the original; touchpoint codes get the first free suffix ("RET-CALL-01-2"). */
    public Journey duplicate(long journeyId, String newName) {
        requireEditor();
        Journey original = journeys.findBlueprint(journeyId)
                .orElseThrow(() -> DomainException.notFound("journey.notFound", journeyId));
        Service service = original.getService();
        requireFreeName(service, newName, null);
        Journey copy = original.duplicate(newName, code -> freeCode(service.getId(), code));
        journeys.store(copy);
        journeys.flush();
        record(copy, ChangeAction.DUPLICATED, copy.getName(), original.getName());
        return copy;
    }

    private String freeCode(long serviceId, String code) {
        for (int n = 2; ; n++) {
            String candidate = code + "-" + n;
            if (candidate.length() > Touchpoint.CODE_MAX) {
                candidate = code.substring(0, Touchpoint.CODE_MAX - ("-" + n).length()) + "-" + n;
            }
            if (!journeys.codeTakenElsewhere(serviceId, candidate, null)) {
                return candidate;
            }
        }
    }

    public void delete(long journeyId, long expectedVersion) {
        Journey journey = lock(journeyId, expectedVersion);
        List<Step> steps = List.copyOf(journey.getSteps());
        steps.forEach(journey::detachStep);
        journeys.flush();
        steps.forEach(journey::dropStep);
        journeys.flush();
        journeys.remove(journey);
    }

    /** A journey from a document; the service is found by name, or registered when missing. */
    public Journey importDocument(JourneyDocument document) {
        requireEditor();
        if (document == null || document.service() == null || document.service().isBlank()) {
            throw new DomainException("document.service.required").at("service");
        }
        Service service = services.findByName(document.service().strip())
                .orElseGet(() -> services.store(new Service(document.service(), null, null)));
        requireFreeName(service, document.name(), null);
        if (service.isPersisted() && document.steps() != null) {
            for (int i = 0; i < document.steps().size(); i++) {
                JourneyDocument.TouchpointDoc touchpoint = document.steps().get(i).touchpoint();
                if (touchpoint != null && touchpoint.code() != null) {
                    String code = Touchpoint.normaliseCode(touchpoint.code());
                    Optional<Touchpoint> holder = journeys.touchpointWithCode(service.getId(), code, null);
                    if (holder.isPresent()) {
                        throw Touchpoint.codeTakenBy(holder.get()).at("steps[" + i + "].touchpoint");
                    }
                }
            }
        }
        Journey journey = JourneyDocuments.build(service, document, limits);
        journeys.store(journey);
        journeys.flush();
        record(journey, ChangeAction.IMPORTED, journey.getName(), null);
        return journey;
    }

    // ---- stages

    public Stage addStage(long journeyId, long expectedVersion, String name) {
        Journey journey = lock(journeyId, expectedVersion);
        limits.stages(journey.getStages().size() + 1, "stages");
        Stage stage = journey.addStage(name);
        done(journey, ChangeAction.STAGE_ADDED, stage.getName(), null);
        return stage;
    }

    public Stage renameStage(long journeyId, long expectedVersion, long stageId, String name) {
        Journey journey = lock(journeyId, expectedVersion);
        Stage stage = journey.stage(stageId);
        String old = stage.getName();
        stage.rename(name);
        done(journey, ChangeAction.STAGE_RENAMED, stage.getName(), old + " → " + stage.getName());
        return stage;
    }

    public Stage moveStage(long journeyId, long expectedVersion, long stageId, int index) {
        Journey journey = lock(journeyId, expectedVersion);
        Stage stage = journey.stage(stageId);
        journey.moveStage(stage, index);
        done(journey, ChangeAction.STAGE_MOVED, stage.getName(), "#" + (stage.getPosition() + 1));
        return stage;
    }

    public Journey removeStage(long journeyId, long expectedVersion, long stageId) {
        Journey journey = lock(journeyId, expectedVersion);
        Stage stage = journey.stage(stageId);
        var doomed = journey.stepsIn(stage);
        doomed.forEach(journey::detachStep);
        journeys.flush();
        doomed.forEach(journey::dropStep);
        journeys.flush();
        journey.dropStage(stage);
        return done(journey, ChangeAction.STAGE_REMOVED, stage.getName(), doomed.size() + " steps");
    }

    // ---- steps

    public Step addStep(long journeyId, long expectedVersion, long stageId, Lane lane, String title,
                        String description, String owningTeam, boolean failPoint, boolean waitPoint) {
        Journey journey = lock(journeyId, expectedVersion);
        limits.steps(journey.getSteps().size() + 1, "steps");
        Stage stage = journey.stage(stageId);
        Step step = journey.addStep(stage, lane, title);
        step.edit(title, description, owningTeam, failPoint, waitPoint);
        done(journey, ChangeAction.STEP_ADDED, step.getTitle(), stage.getName() + " / " + lane);
        return step;
    }

    public Step editStep(long journeyId, long expectedVersion, long stepId, String title, String description,
                         String owningTeam, boolean failPoint, boolean waitPoint) {
        Journey journey = lock(journeyId, expectedVersion);
        Step step = journey.step(stepId);
        step.edit(title, description, owningTeam, failPoint, waitPoint);
        done(journey, ChangeAction.STEP_EDITED, step.getTitle(), null);
        return step;
    }

    public Step moveStep(long journeyId, long expectedVersion, long stepId, long stageId, Lane lane, int index) {
        Journey journey = lock(journeyId, expectedVersion);
        Step step = journey.step(stepId);
        String from = step.getStage().getName() + " / " + step.getLane();
        Stage stage = journey.stage(stageId);
        journey.moveStep(step, stage, lane, index);
        done(journey, ChangeAction.STEP_MOVED, step.getTitle(), from + " → " + stage.getName() + " / " + lane);
        return step;
    }

    public Journey removeStep(long journeyId, long expectedVersion, long stepId) {
        Journey journey = lock(journeyId, expectedVersion);
        Step step = journey.step(stepId);
        journey.detachStep(step);
        journeys.flush();
        journey.dropStep(step);
        return done(journey, ChangeAction.STEP_REMOVED, step.getTitle(), null);
    }

    // ---- flows

    public Flow addFlow(long journeyId, long expectedVersion, long fromStepId, long toStepId, String label) {
        Journey journey = lock(journeyId, expectedVersion);
        limits.flows(journey.getFlows().size() + 1, "flows");
        Flow flow = journey.addFlow(journey.step(fromStepId), journey.step(toStepId), label);
        done(journey, ChangeAction.FLOW_ADDED, flow.getFrom().getTitle(), "→ " + flow.getTo().getTitle());
        return flow;
    }

    public Journey removeFlow(long journeyId, long expectedVersion, long flowId) {
        Journey journey = lock(journeyId, expectedVersion);
        Flow flow = journey.flow(flowId);
        journey.removeFlow(flow);
        return done(journey, ChangeAction.FLOW_REMOVED, flow.getFrom().getTitle(), "→ " + flow.getTo().getTitle());
    }

    // ---- touchpoints, effort plans and KPIs

    /** Makes a step a touchpoint, or changes it: code, channel and effort plan (null plan: none). */
    public Touchpoint setTouchpoint(long journeyId, long expectedVersion, long stepId, String code, Channel channel,
                                    EffortPlan plan) {
        Journey journey = lock(journeyId, expectedVersion);
        Step step = journey.step(stepId);
        requireFreeCode(journey.getService().getId(), Touchpoint.normaliseCode(code), journeyId);
        Touchpoint touchpoint = journey.setTouchpoint(step, code, channel);
        touchpoint.plan(plan);
        done(journey, ChangeAction.TOUCHPOINT_SET, step.getTitle(), touchpoint.getCode() + " · " + channel);
        return touchpoint;
    }

    public Journey removeTouchpoint(long journeyId, long expectedVersion, long stepId) {
        Journey journey = lock(journeyId, expectedVersion);
        Step step = journey.step(stepId);
        journey.removeTouchpoint(step);
        return done(journey, ChangeAction.TOUCHPOINT_REMOVED, step.getTitle(), null);
    }

    public Kpi addKpi(long journeyId, long expectedVersion, long stepId, KpiMetric metric, BigDecimal target,
                      String unit, KpiDirection direction, String owner) {
        Journey journey = lock(journeyId, expectedVersion);
        Touchpoint touchpoint = touchpoint(journey, stepId);
        limits.kpis(touchpoint.getKpis().size() + 1, "kpis");
        Kpi kpi = touchpoint.addKpi(metric, target, unit, direction, owner);
        done(journey, ChangeAction.KPI_ADDED, touchpoint.getCode(), metric + " " + kpi.getTarget() + " " + kpi.getUnit());
        return kpi;
    }

    public Kpi changeKpi(long journeyId, long expectedVersion, long stepId, long kpiId, KpiMetric metric,
                         BigDecimal target, String unit, KpiDirection direction, String owner) {
        Journey journey = lock(journeyId, expectedVersion);
        Touchpoint touchpoint = touchpoint(journey, stepId);
        Kpi kpi = touchpoint.kpi(kpiId);
        kpi.change(metric, target, unit, direction, owner);
        done(journey, ChangeAction.KPI_CHANGED, touchpoint.getCode(), metric + " " + kpi.getTarget() + " " + kpi.getUnit());
        return kpi;
    }

    public Journey removeKpi(long journeyId, long expectedVersion, long stepId, long kpiId) {
        Journey journey = lock(journeyId, expectedVersion);
        Touchpoint touchpoint = touchpoint(journey, stepId);
        Kpi kpi = touchpoint.kpi(kpiId);
        touchpoint.removeKpi(kpi);
        return done(journey, ChangeAction.KPI_REMOVED, touchpoint.getCode(), String.valueOf(kpi.getMetric()));
    }

    private static Touchpoint touchpoint(Journey journey, long stepId) {
        Step step = journey.step(stepId);
        return journey.touchpointOf(step)
                .orElseThrow(() -> DomainException.notFound("touchpoint.notFound", step.getTitle()));
    }

    // ---- the lock and the record

    /** The journey to change, locked: refused to a reader, when stale, and when archived. */
    private Journey lock(long journeyId, long expectedVersion) {
        Journey journey = lockEvenArchived(journeyId, expectedVersion);
        if (journey.getStatus() == JourneyStatus.ARCHIVED) {
            throw DomainException.conflict("journey.archived", journey.getName());
        }
        return journey;
    }

    private Journey lockEvenArchived(long journeyId, long expectedVersion) {
        requireEditor();
        Journey journey = journeys.lockForEdit(journeyId)
                .orElseThrow(() -> DomainException.notFound("journey.notFound", journeyId));
        if (journey.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(history.last(journeyId).orElse(null), journey.getVersion());
        }
        return journey;
    }

    private void requireEditor() {
        if (!mayChangeBlueprints()) {
            throw DomainException.forbidden("journey.forbidden", actor.name());
        }
    }

    private Journey done(Journey journey, ChangeAction action, String subject, String detail) {
        journeys.flush();
        journeys.markChanged(journey);
        record(journey, action, subject, detail);
        return journey;
    }

    private void record(Journey journey, ChangeAction action, String subject, String detail) {
        history.record(new JourneyChange(journey.getId(), actor.name(), action, subject, detail));
    }

    /**
     * Checked before the journey is built or renamed: the query flushes pending changes, and a new
     * journey already in the session would find itself.
     */
    private void requireFreeName(Service service, String rawName, Long exceptJourneyId) {
        String name = Text.required(rawName, Journey.NAME_MAX, "journey.name");
        if (service.isPersisted() && journeys.nameTaken(service.getId(), name, exceptJourneyId)) {
            throw DomainException.conflict("journey.name.taken", name).at("name");
        }
    }

    /**
     * Checked before the touchpoint takes the code: the query flushes pending changes, and a code
     * already set would meet the service's unique key there instead of this refusal.
     */
    private void requireFreeCode(long serviceId, String code, Long exceptJourneyId) {
        Optional<Touchpoint> holder = journeys.touchpointWithCode(serviceId, code, exceptJourneyId);
        if (holder.isPresent()) {
            throw Touchpoint.codeTakenBy(holder.get());
        }
    }
}
