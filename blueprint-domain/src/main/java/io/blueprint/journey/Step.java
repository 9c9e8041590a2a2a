package io.blueprint.journey;

import io.blueprint.shared.AbstractEntity;
import io.blueprint.shared.DomainException;
import io.blueprint.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A card on the blueprint at (stage, lane): something a customer, employee or system does. */
@Entity
@Table(name = "step")
public class Step extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journey_id", nullable = false)
    private Journey journey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Lane lane;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "owning_team", length = 200)
    private String owningTeam;

    @Column(name = "fail_point", nullable = false)
    private boolean failPoint;

    @Column(name = "wait_point", nullable = false)
    private boolean waitPoint;

    protected Step() {
    }

    Step(Journey journey, Stage stage, Lane lane, String title, int position) {
        this.journey = journey;
        this.stage = stage;
        this.lane = lane;
        this.position = position;
        retitle(title);
    }

    public final void retitle(String newTitle) {
        this.title = atField("title", () -> Text.required(newTitle, 200, "step.title"));
    }

    public Step describe(String newDescription, String team) {
        this.description = atField("description", () -> Text.optional(newDescription, 4000, "step.description"));
        this.owningTeam = atField("owningTeam", () -> Text.optional(team, 200, "step.owningTeam"));
        return this;
    }

    /** A text's refusal said of the card's field, so that the page and the API can point at it. */
    private static String atField(String field, java.util.function.Supplier<String> check) {
        try {
            return check.get();
        } catch (DomainException refused) {
            throw refused.at(field);
        }
    }

    /** Marks where the service can break (fail point) or keeps the customer waiting (wait point). */
    public Step mark(boolean isFailPoint, boolean isWaitPoint) {
        this.failPoint = isFailPoint;
        this.waitPoint = isWaitPoint;
        return this;
    }

    /** Changes what the card says. */
    public void edit(String newTitle, String newDescription, String team, boolean isFailPoint, boolean isWaitPoint) {
        retitle(newTitle);
        describe(newDescription, team);
        mark(isFailPoint, isWaitPoint);
    }

    void placeAt(Stage newStage, Lane newLane, int newPosition) {
        this.stage = newStage;
        this.lane = newLane;
        this.position = newPosition;
    }

    boolean isAt(Stage someStage, Lane someLane) {
        return lane == someLane && stage.equals(someStage);
    }

    public Journey getJourney() {
        return journey;
    }

    public Stage getStage() {
        return stage;
    }

    public Lane getLane() {
        return lane;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getOwningTeam() {
        return owningTeam;
    }

    public boolean isFailPoint() {
        return failPoint;
    }

    public boolean isWaitPoint() {
        return waitPoint;
    }
}
