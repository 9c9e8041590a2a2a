package io.blueprint.reports.outcome;

import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.outcome.Outcome;

import java.math.BigDecimal;

/**
 * One guarantee of the outcome report: the latest of its versions in force during the period (its terms name the
 * row) and its outcome, each day under the version then in force.
 *
 * @param id the latest version's id, for links to the guarantee page
 */
public record GuaranteeOutcomeRow(long id, String code, int revision, String title, long serviceId, String serviceName,
                                  GuaranteeMetric metric, ConditionOperator operator, BigDecimal threshold,
                                  ConditionUnit unit, Outcome outcome) implements java.io.Serializable {
}
