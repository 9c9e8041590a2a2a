package io.blueprint.journey;

import io.blueprint.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The effort a touchpoint is designed to cost the customer ("planned effort"): target Customer
 * Effort Score on the CES 2.0 scale (1 = very hard … 7 = very easy), and limits on steps,
 * hand-offs and waiting, and the first-contact resolution it aims for. Any part may be left open.
 */
@Embeddable
public class EffortPlan {

    public static final BigDecimal CES_MIN = BigDecimal.ONE;
    public static final BigDecimal CES_MAX = BigDecimal.valueOf(7);
    public static final int MAX_STEPS_LIMIT = 100;
    public static final int MAX_HANDOFFS_LIMIT = 20;
    public static final int MAX_WAIT_LIMIT = 7 * 24 * 3600;

    @Column(name = "target_ces", precision = 3, scale = 1)
    private BigDecimal targetCes;

    @Column(name = "max_steps")
    private Integer maxSteps;

    @Column(name = "max_handoffs")
    private Integer maxHandoffs;

    @Column(name = "max_wait_seconds")
    private Integer maxWaitSeconds;

    @Column(name = "target_fcr_percent")
    private Integer targetFcrPercent;

    protected EffortPlan() {
    }

    public EffortPlan(BigDecimal targetCes, Integer maxSteps, Integer maxHandoffs, Integer maxWaitSeconds,
                      Integer targetFcrPercent) {
        if (targetCes != null && (targetCes.compareTo(CES_MIN) < 0 || targetCes.compareTo(CES_MAX) > 0)) {
            throw new DomainException("effortPlan.targetCes.range", CES_MIN, CES_MAX).at("effortPlan.targetCes");
        }
        this.targetCes = targetCes == null ? null : targetCes.setScale(1, RoundingMode.HALF_UP);
        this.maxSteps = inRange(maxSteps, 1, MAX_STEPS_LIMIT, "maxSteps");
        this.maxHandoffs = inRange(maxHandoffs, 0, MAX_HANDOFFS_LIMIT, "maxHandoffs");
        this.maxWaitSeconds = inRange(maxWaitSeconds, 0, MAX_WAIT_LIMIT, "maxWaitSeconds");
        this.targetFcrPercent = inRange(targetFcrPercent, 0, 100, "targetFcrPercent");
    }

    private static Integer inRange(Integer value, int min, int max, String part) {
        if (value != null && (value < min || value > max)) {
            throw new DomainException("effortPlan." + part + ".range", min, max).at("effortPlan." + part);
        }
        return value;
    }

    /** A plan counts as set once it names the effort score it aims for. */
    public boolean isDefined() {
        return targetCes != null;
    }

    public BigDecimal getTargetCes() {
        return targetCes;
    }

    public Integer getMaxSteps() {
        return maxSteps;
    }

    public Integer getMaxHandoffs() {
        return maxHandoffs;
    }

    public Integer getMaxWaitSeconds() {
        return maxWaitSeconds;
    }

    public Integer getTargetFcrPercent() {
        return targetFcrPercent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EffortPlan p && Objects.equals(targetCes, p.targetCes) && Objects.equals(maxSteps, p.maxSteps)
                && Objects.equals(maxHandoffs, p.maxHandoffs) && Objects.equals(maxWaitSeconds, p.maxWaitSeconds)
                && Objects.equals(targetFcrPercent, p.targetFcrPercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetCes, maxSteps, maxHandoffs, maxWaitSeconds, targetFcrPercent);
    }
}
