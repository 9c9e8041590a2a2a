package io.blueprint.policy;

import io.blueprint.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The measurable part of a promise: metric, operator, threshold and unit ("wait ≤ 120 s").
 * A draft may leave the threshold or unit open; the policy checks say what is missing.
 */
@Embeddable
public class GuaranteeCondition implements java.io.Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "metric", length = 40)
    private GuaranteeMetric metric;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", length = 20)
    private ConditionOperator operator;

    @Column(name = "threshold", precision = 14, scale = 2)
    private BigDecimal threshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", length = 20)
    private ConditionUnit unit;

    protected GuaranteeCondition() {
    }

    public GuaranteeCondition(GuaranteeMetric metric, ConditionOperator operator, BigDecimal threshold, ConditionUnit unit) {
        if (threshold != null && threshold.signum() < 0) {
            throw new DomainException("guarantee.threshold.negative").at("condition.threshold");
        }
        if (threshold != null && threshold.scale() > 2) {
            throw new DomainException("guarantee.threshold.scale").at("condition.threshold");
        }
        if (threshold != null && integerDigits(threshold) > INTEGER_DIGITS) {
            throw new DomainException("guarantee.threshold.tooLarge", MAX_NUMBER).at("condition.threshold");
        }
        this.metric = metric;
        this.operator = operator;
        this.threshold = plain(threshold);
        this.unit = unit;
    }

    /** A number, a unit, an operator and a metric: something a measurement can prove kept or broken. */
    public boolean isMeasurable() {
        return metric != null && operator != null && threshold != null && unit != null;
    }

    /** Whether a measured value (in this condition's unit) keeps the promise. */
    public boolean keptBy(BigDecimal measured) {
        if (!isMeasurable()) {
            throw new IllegalStateException("condition is not measurable");
        }
        return operator.holds(measured, threshold);
    }

    public GuaranteeMetric getMetric() {
        return metric;
    }

    public ConditionOperator getOperator() {
        return operator;
    }

    /** The threshold without the trailing zeros the database's fixed scale adds: 120, not 120.00. */
    public BigDecimal getThreshold() {
        return plain(threshold);
    }

    /** What the NUMERIC(14, 2) columns hold: 12 digits before the point. */
    static final int INTEGER_DIGITS = 12;
    static final String MAX_NUMBER = "999,999,999,999.99";

    /** Digits before the point, read off precision and scale: cheap even for 1e1000000000. */
    static long integerDigits(BigDecimal number) {
        return (long) number.precision() - number.scale();
    }

    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public ConditionUnit getUnit() {
        return unit;
    }

    /** "WAIT_TIME ≤ 120 SECONDS" style text for logs and diffs; screens format it from the bundles. */
    @Override
    public String toString() {
        return (metric == null ? "?" : metric.name()) + " " + (operator == null ? "?" : operator.symbol()) + " "
                + (threshold == null ? "?" : plain(threshold).toPlainString()) + " " + (unit == null ? "?" : unit.name());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuaranteeCondition c && metric == c.metric && operator == c.operator
                && unit == c.unit && java.util.Objects.equals(plain(threshold), plain(c.threshold));
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, operator, unit, plain(threshold));
    }
}
