package io.blueprint.reports.outcome;

import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.reports.effort.MeanComparison;
import io.blueprint.reports.effort.RateComparison;

import java.time.LocalDate;
import java.util.List;

/**
 * A guarantee before and after the day its newer version took effect: the breach rate (each side under its own
 * version's condition), the mean CES and the repeat-contact rate at the touchpoints both versions link, with the
 * differences and their tests (Welch's t-test, the pooled two-proportion z-test).
 *
 * @param breachRate breaches among the measured contacts or cases: "contacts" are the measured, "repeated" the breaches
 * @param touchpoints the codes measured for CES and repeats: those of the newer version
 */
public record GuaranteeBeforeAfter(String code, int beforeRevision, GuaranteeCondition beforeCondition,
                                   int afterRevision, GuaranteeCondition afterCondition, LocalDate changeDay, int days,
                                   LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo,
                                   List<String> touchpoints, RateComparison breachRate, MeanComparison ces,
                                   RateComparison repeatRate) {
}
