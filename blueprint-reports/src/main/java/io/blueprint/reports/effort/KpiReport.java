package io.blueprint.reports.effort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The attainment of every KPI on a journey's touchpoints over a period, in blueprint order. (KPIs belong to
 * touchpoints in Blueprint's model; a journey has none of its own.)
 */
public record KpiReport(long journeyId, LocalDate from, LocalDate to, List<KpiAttainment> kpis) implements Serializable {
}
