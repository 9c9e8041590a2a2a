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
import java.util.List;
import java.util.Objects;

/**
 * One service blueprint: a customer goal through a service ("Return a damaged item"), with
 * ordered stages as columns and steps placed in the five lanes.
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

    /** Adds a stage as the last column. */
    public Stage addStage(String stageName) {
        Stage stage = new Stage(this, stageName, stages.size());
        stages.add(stage);
        return stage;
    }

    /** Places a new step at the end of the cell (stage, lane). */
    public Step addStep(Stage stage, Lane lane, String title) {
        requireOwnStage(stage);
        int position = (int) steps.stream().filter(s -> s.isAt(stage, lane)).count();
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

    public void archive() {
        status = JourneyStatus.ARCHIVED;
    }

    public void reactivate() {
        status = JourneyStatus.ACTIVE;
    }

    private void requireOwnStage(Stage stage) {
        if (stage == null || !stages.contains(stage)) {
            throw new DomainException("journey.stage.foreign");
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
}
