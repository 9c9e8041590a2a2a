package io.blueprint.journey;

import io.blueprint.shared.AbstractEntity;
import io.blueprint.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An arrow on the blueprint: what happens after a step. From a fail point it is the recovery path. */
@Entity
@Table(name = "flow")
public class Flow extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journey_id", nullable = false)
    private Journey journey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_step_id", nullable = false)
    private Step from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_step_id", nullable = false)
    private Step to;

    @Column(length = 200)
    private String label;

    protected Flow() {
    }

    Flow(Journey journey, Step from, Step to, String label) {
        this.journey = journey;
        this.from = from;
        this.to = to;
        this.label = Text.optional(label, 200, "flow.label");
    }

    public boolean touches(Step step) {
        return from.equals(step) || to.equals(step);
    }

    public Journey getJourney() {
        return journey;
    }

    public Step getFrom() {
        return from;
    }

    public Step getTo() {
        return to;
    }

    public String getLabel() {
        return label;
    }
}
