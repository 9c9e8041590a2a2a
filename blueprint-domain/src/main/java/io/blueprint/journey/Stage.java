package io.blueprint.journey;

import io.blueprint.shared.AbstractEntity;
import io.blueprint.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A column of the blueprint: one phase of the customer's journey, e.g. "Request return". */
@Entity
@Table(name = "stage")
public class Stage extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journey_id", nullable = false)
    private Journey journey;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected Stage() {
    }

    Stage(Journey journey, String name, int position) {
        this.journey = journey;
        rename(name);
        this.position = position;
    }

    public final void rename(String newName) {
        this.name = Text.required(newName, 200, "stage.name");
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Journey getJourney() {
        return journey;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
