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

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A measurable target on a touchpoint, e.g. "first-contact resolution at least 80 %". */
@Entity
@Table(name = "kpi")
public class Kpi extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "touchpoint_id", nullable = false)
    private Touchpoint touchpoint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private KpiMetric metric;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal target;

    @Column(nullable = false, length = 20)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private KpiDirection direction;

    @Column(length = 200)
    private String owner;

    protected Kpi() {
    }

    Kpi(Touchpoint touchpoint, KpiMetric metric, BigDecimal target, String unit, KpiDirection direction, String owner) {
        this.touchpoint = touchpoint;
        change(metric, target, unit, direction, owner);
    }

    public final void change(KpiMetric newMetric, BigDecimal newTarget, String newUnit, KpiDirection newDirection,
                             String newOwner) {
        if (newMetric == null) {
            throw new DomainException("kpi.metric.required").at("metric");
        }
        if (newTarget == null) {
            throw new DomainException("kpi.target.required").at("target");
        }
        if (!newMetric.accepts(newTarget)) {
            throw new DomainException("kpi.target.range", newMetric.min(), newMetric.max()).at("target");
        }
        this.metric = newMetric;
        this.target = newTarget.setScale(2, RoundingMode.HALF_UP);
        String chosenUnit = Text.optional(newUnit, 20, "kpi.unit");
        this.unit = chosenUnit == null ? newMetric.defaultUnit() : chosenUnit;
        this.direction = newDirection == null ? newMetric.defaultDirection() : newDirection;
        this.owner = Text.optional(newOwner, 200, "kpi.owner");
    }

    public Touchpoint getTouchpoint() {
        return touchpoint;
    }

    public KpiMetric getMetric() {
        return metric;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getUnit() {
        return unit;
    }

    public KpiDirection getDirection() {
        return direction;
    }

    public String getOwner() {
        return owner;
    }
}
