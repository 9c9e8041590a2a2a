package io.blueprint.reports.effort;

import io.blueprint.journey.Channel;
import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;

import java.math.BigDecimal;
import java.util.List;

/** A touchpoint of the journey as the reports need it, read once from the journey's entities. */
record PlannedTouchpoint(String code, String stepTitle, int stagePosition, String stage, Channel channel, PlannedEffort plan,
                         List<PlannedKpi> kpis) {

    /** A KPI of the touchpoint. */
    record PlannedKpi(long id, KpiMetric metric, BigDecimal target, String unit, KpiDirection direction) {
    }
}
