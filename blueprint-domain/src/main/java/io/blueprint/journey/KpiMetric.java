package io.blueprint.journey;

import java.math.BigDecimal;

/** The metrics a KPI can track, each with its unit, the direction that is better, and its range. */
public enum KpiMetric {
    CES("score", KpiDirection.HIGHER_IS_BETTER, 1, 7),
    CSAT("%", KpiDirection.HIGHER_IS_BETTER, 0, 100),
    NPS("score", KpiDirection.HIGHER_IS_BETTER, -100, 100),
    FIRST_CONTACT_RESOLUTION("%", KpiDirection.HIGHER_IS_BETTER, 0, 100),
    REPEAT_CONTACT_RATE_7D("%", KpiDirection.LOWER_IS_BETTER, 0, 100),
    WAIT_TIME_P50("s", KpiDirection.LOWER_IS_BETTER, 0, 604_800),
    WAIT_TIME_P90("s", KpiDirection.LOWER_IS_BETTER, 0, 604_800),
    SERVICE_LEVEL("%", KpiDirection.HIGHER_IS_BETTER, 0, 100),
    TRANSFER_RATE("%", KpiDirection.LOWER_IS_BETTER, 0, 100),
    CHANNEL_SWITCH_RATE("%", KpiDirection.LOWER_IS_BETTER, 0, 100),
    COMPLAINTS("count", KpiDirection.LOWER_IS_BETTER, 0, 1_000_000_000);

    private final String unit;
    private final KpiDirection direction;
    private final BigDecimal min;
    private final BigDecimal max;

    KpiMetric(String unit, KpiDirection direction, long min, long max) {
        this.unit = unit;
        this.direction = direction;
        this.min = BigDecimal.valueOf(min);
        this.max = BigDecimal.valueOf(max);
    }

    public String defaultUnit() {
        return unit;
    }

    public KpiDirection defaultDirection() {
        return direction;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public boolean accepts(BigDecimal target) {
        return target != null && target.compareTo(min) >= 0 && target.compareTo(max) <= 0;
    }
}
