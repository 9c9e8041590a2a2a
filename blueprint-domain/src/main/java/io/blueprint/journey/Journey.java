package io.blueprint.journey;

import io.blueprint.shared.Auditable;
import io.blueprint.shared.DomainException;
import io.blueprint.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One service blueprint: a customer goal through a service ("Return a damaged item"), with
 * ordered stages as columns, steps placed in the five lanes, flows between steps, and the
 * touchpoints where the customer meets the company. The journey guards the blueprint's rules;
 * its version is the lock every edit of the blueprint checks.
 */
@Entity
@Table(name = "journey")
public class Journey extends Auditable {

    public static final int NAME_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = 200)
    private String persona;

    @Column(length = 4000)
    private String description;

    @Column(length = 200)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JourneyStatus status = JourneyStatus.ACTIVE;

    @OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Stage> stages = new ArrayList<>();

    @OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Step> steps = new ArrayList<>();

    @OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Flow> flows = new ArrayList<>();

    @OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Touchpoint> touchpoints = new ArrayList<>();

    protected Journey() {
    }

    Journey(Service service, String name, String persona) {
        this.service = Objects.requireNonNull(service, "service");
        rename(name);
        this.persona = Text.optional(persona, 200, "journey.persona");
    }

    public final void rename(String newName) {
        this.name = Text.required(newName, NAME_MAX, "journey.name");
    }

    public void describe(String newDescription, String newOwner) {
        this.description = Text.optional(newDescription, 4000, "journey.description");
        this.owner = Text.optional(newOwner, 200, "journey.owner");
    }

    public void recast(String newPersona) {
        this.persona = Text.optional(newPersona, 200, "journey.persona");
    }

    public void archive() {
        status = JourneyStatus.ARCHIVED;
    }

    public void reactivate() {
        status = JourneyStatus.ACTIVE;
    }

    // ---- stages

    /** Adds a stage as the last column. */
    public Stage addStage(String stageName) {
        Stage stage = new Stage(this, stageName, stages.size());
        stages.add(stage);
        return stage;
    }

    /** Moves a stage to column {@code index} (0-based; clamped to the grid). */
    public void moveStage(Stage stage, int index) {
        requireOwnStage(stage);
        List<Stage> ordered = new ArrayList<>(getStagesInOrder());
        ordered.remove(stage);
        ordered.add(Math.max(0, Math.min(index, ordered.size())), stage);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        stages.sort(Comparator.comparingInt(Stage::getPosition));
    }

    /** The steps of a stage, in every lane; they must go before {@link #dropStage} removes the column. */
    public List<Step> stepsIn(Stage stage) {
        requireOwnStage(stage);
        return steps.stream().filter(s -> s.getStage().equals(stage)).toList();
    }

    /** Removes a stage that no longer holds steps, closing the gap in the column order. */
    public void dropStage(Stage stage) {
        if (!stepsIn(stage).isEmpty()) {
            throw new DomainException("stage.notEmpty", stage.getName());
        }
        stages.remove(stage);
        List<Stage> ordered = getStagesInOrder();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
    }

    // ---- steps

    /** Places a new step at the end of the cell (stage, lane). */
    public Step addStep(Stage stage, Lane lane, String title) {
        requireOwnStage(stage);
        Step step = new Step(this, stage, Objects.requireNonNull(lane, "lane"), title, stepsAt(stage, lane).size());
        steps.add(step);
        return step;
    }

    /**
     * A step appended by an import that built {@code stage} itself and counted the cell's steps:
     * no scan of the journey, so building a document is linear in its size.
     */
    Step appendStep(Stage stage, Lane lane, String title, int position) {
        Step step = new Step(this, stage, Objects.requireNonNull(lane, "lane"), title, position);
        steps.add(step);
        return step;
    }

    /** The steps in one cell of the grid, in their order. */
    public List<Step> stepsAt(Stage stage, Lane lane) {
        return steps.stream()
                .filter(s -> s.isAt(stage, lane))
                .sorted(Comparator.comparingInt(Step::getPosition))
                .toList();
    }

    /** Moves a card to position {@code index} of the cell (stage, lane); a touchpoint stays where customers see it. */
    public void moveStep(Step step, Stage stage, Lane lane, int index) {
        requireOwnStep(step);
        requireOwnStage(stage);
        Objects.requireNonNull(lane, "lane");
        if (!lane.isCustomerFacing() && touchpointOf(step).isPresent()) {
            throw new DomainException("touchpoint.lane.notCustomerFacing", step.getTitle());
        }
        Stage oldStage = step.getStage();
        Lane oldLane = step.getLane();
        List<Step> target = new ArrayList<>(stepsAt(stage, lane));
        target.remove(step);
        target.add(Math.max(0, Math.min(index, target.size())), step);
        for (int i = 0; i < target.size(); i++) {
            target.get(i).placeAt(stage, lane, i);
        }
        renumber(oldStage, oldLane);
    }

    /**
     * Takes the flows and the touchpoint off a step, so that {@link #dropStep} can remove it; the
     * two are separate so that the database sees the dependants go first.
     */
    public void detachStep(Step step) {
        requireOwnStep(step);
        flows.removeIf(f -> f.touches(step));
        touchpoints.removeIf(t -> t.getStep().equals(step));
    }

    /** Removes a step that {@link #detachStep} has freed, closing the gap in its cell. */
    public void dropStep(Step step) {
        requireOwnStep(step);
        if (touchpointOf(step).isPresent() || flows.stream().anyMatch(f -> f.touches(step))) {
            throw new IllegalStateException("detach the step first");
        }
        steps.remove(step);
        renumber(step.getStage(), step.getLane());
    }

    private void renumber(Stage stage, Lane lane) {
        List<Step> cell = stepsAt(stage, lane);
        for (int i = 0; i < cell.size(); i++) {
            cell.get(i).placeAt(stage, lane, i);
        }
    }

    // ---- flows

    public Flow addFlow(Step from, Step to, String label) {
        requireOwnStep(from);
        requireOwnStep(to);
        if (from.equals(to)) {
            throw new DomainException("flow.selfLoop", from.getTitle());
        }
        if (flows.stream().anyMatch(f -> f.getFrom().equals(from) && f.getTo().equals(to))) {
            throw new DomainException("flow.duplicate", from.getTitle(), to.getTitle());
        }
        Flow flow = new Flow(this, from, to, label);
        flows.add(flow);
        return flow;
    }

    /** A flow of an import that checked for duplicates itself (see {@link #appendStep}). */
    Flow appendFlow(Step from, Step to, String label) {
        if (from.equals(to)) {
            throw new DomainException("flow.selfLoop", from.getTitle());
        }
        Flow flow = new Flow(this, from, to, label);
        flows.add(flow);
        return flow;
    }

    public void removeFlow(Flow flow) {
        if (!flows.remove(flow)) {
            throw DomainException.notFound("flow.notFound", flow.getId());
        }
    }

    public List<Flow> flowsFrom(Step step) {
        return flows.stream().filter(f -> f.getFrom().equals(step)).toList();
    }

    // ---- touchpoints

    /**
     * Makes a customer-facing step a touchpoint, or changes its code and channel. The code must be
     * unique in this journey; the caller checks the rest of the service.
     */
    public Touchpoint setTouchpoint(Step step, String code, Channel channel) {
        requireOwnStep(step);
        if (!step.getLane().isCustomerFacing()) {
            throw new DomainException("touchpoint.lane.notCustomerFacing", step.getTitle());
        }
        String normalised = Touchpoint.normaliseCode(code);
        Optional<Touchpoint> taken = touchpoints.stream()
                .filter(t -> t.getCode().equals(normalised) && !t.getStep().equals(step)).findFirst();
        if (taken.isPresent()) {
            throw Touchpoint.codeTakenBy(taken.get());
        }
        Optional<Touchpoint> existing = touchpointOf(step);
        if (existing.isPresent()) {
            existing.get().recode(normalised);
            existing.get().rechannel(channel);
            return existing.get();
        }
        Touchpoint touchpoint = new Touchpoint(this, step, normalised, channel);
        touchpoints.add(touchpoint);
        return touchpoint;
    }

    /** A touchpoint of an import that checked the code's uniqueness itself (see {@link #appendStep}). */
    Touchpoint appendTouchpoint(Step step, String normalisedCode, Channel channel) {
        if (!step.getLane().isCustomerFacing()) {
            throw new DomainException("touchpoint.lane.notCustomerFacing", step.getTitle());
        }
        Touchpoint touchpoint = new Touchpoint(this, step, normalisedCode, channel);
        touchpoints.add(touchpoint);
        return touchpoint;
    }

    public void removeTouchpoint(Step step) {
        Touchpoint touchpoint = touchpointOf(step)
                .orElseThrow(() -> DomainException.notFound("touchpoint.notFound", step.getTitle()));
        touchpoints.remove(touchpoint);
    }

    public Optional<Touchpoint> touchpointOf(Step step) {
        return touchpoints.stream().filter(t -> t.getStep().equals(step)).findFirst();
    }

    // ---- copies

    /**
     * A new journey in the same service with the same stages, steps, flows, touchpoints, effort
     * plans and KPIs, e.g. a "to-be" design beside the "as-is". Touchpoint codes are unique in a
     * service, so the copy's codes are derived with {@code recode}.
     */
    public Journey duplicate(String newName, UnaryOperator<String> recode) {
        Journey copy = service.startJourney(newName, persona);
        copy.describe(description, owner);
        Map<Stage, Stage> stageCopies = new IdentityHashMap<>();
        for (Stage stage : getStagesInOrder()) {
            stageCopies.put(stage, copy.addStage(stage.getName()));
        }
        Map<Step, Step> stepCopies = new IdentityHashMap<>();
        for (Step step : getStepsInOrder()) {
            Step twin = copy.addStep(stageCopies.get(step.getStage()), step.getLane(), step.getTitle());
            twin.edit(step.getTitle(), step.getDescription(), step.getOwningTeam(), step.isFailPoint(), step.isWaitPoint());
            stepCopies.put(step, twin);
        }
        for (Flow flow : flows) {
            copy.addFlow(stepCopies.get(flow.getFrom()), stepCopies.get(flow.getTo()), flow.getLabel());
        }
        for (Touchpoint touchpoint : touchpoints) {
            Touchpoint twin = copy.setTouchpoint(stepCopies.get(touchpoint.getStep()),
                    recode.apply(touchpoint.getCode()), touchpoint.getChannel());
            twin.plan(touchpoint.getEffortPlan());
            for (Kpi kpi : touchpoint.getKpis()) {
                twin.addKpi(kpi.getMetric(), kpi.getTarget(), kpi.getUnit(), kpi.getDirection(), kpi.getOwner());
            }
        }
        return copy;
    }

    // ---- look-ups

    public Stage stage(long stageId) {
        return stages.stream().filter(s -> s.getId() != null && s.getId() == stageId).findFirst()
                .orElseThrow(() -> DomainException.notFound("stage.notFound", stageId));
    }

    public Step step(long stepId) {
        return steps.stream().filter(s -> s.getId() != null && s.getId() == stepId).findFirst()
                .orElseThrow(() -> DomainException.notFound("step.notFound", stepId));
    }

    public Flow flow(long flowId) {
        return flows.stream().filter(f -> f.getId() != null && f.getId() == flowId).findFirst()
                .orElseThrow(() -> DomainException.notFound("flow.notFound", flowId));
    }

    public List<Stage> getStagesInOrder() {
        return stages.stream().sorted(Comparator.comparingInt(Stage::getPosition)).toList();
    }

    /** Steps column by column, lane by lane, card by card: the order a reader scans the grid. */
    public List<Step> getStepsInOrder() {
        return steps.stream()
                .sorted(Comparator.comparingInt((Step s) -> s.getStage().getPosition())
                        .thenComparing(Step::getLane)
                        .thenComparingInt(Step::getPosition))
                .toList();
    }

    private void requireOwnStage(Stage stage) {
        if (stage == null || !stages.contains(stage)) {
            throw new DomainException("journey.stage.foreign");
        }
    }

    private void requireOwnStep(Step step) {
        if (step == null || !steps.contains(step)) {
            throw new DomainException("journey.step.foreign");
        }
    }

    public Service getService() {
        return service;
    }

    public String getName() {
        return name;
    }

    public String getPersona() {
        return persona;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public JourneyStatus getStatus() {
        return status;
    }

    public List<Stage> getStages() {
        return Collections.unmodifiableList(stages);
    }

    public List<Step> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public List<Flow> getFlows() {
        return Collections.unmodifiableList(flows);
    }

    public List<Touchpoint> getTouchpoints() {
        return Collections.unmodifiableList(touchpoints);
    }
}
