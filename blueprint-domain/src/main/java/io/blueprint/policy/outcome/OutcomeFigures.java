package io.blueprint.policy.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a guarantee was kept over a month or a period.
 *
 * @param revisions     the versions whose days these are, oldest first
 * @param measured      contacts or cases measured on those days
 * @param breaches      those that broke the promise
 * @param customersOwed distinct customers with at least one breach (a breach naming no customer counts as one)
 * @param rules         the cost under every refund rule of those versions
 */
public record OutcomeFigures(List<Integer> revisions, long measured, long breaches, long customersOwed,
                             List<RuleCost> rules) implements java.io.Serializable {

    public OutcomeFigures {
        revisions = List.copyOf(revisions);
        rules = List.copyOf(rules);
    }

    /** Breaches per measured occurrence, 0–1; null when nothing was measured. */
    public Double breachRate() {
        return measured == 0 ? null : (double) breaches / measured;
    }

    /** The expected cost per currency, currencies in alphabetical order. */
    public Map<String, BigDecimal> expectedCost() {
        Map<String, BigDecimal> costs = new TreeMap<>();
        for (RuleCost rule : rules) {
            costs.merge(rule.currency(), rule.expected(), BigDecimal::add);
        }
        return costs;
    }

    /** The expected cost when every rule pays in one currency (the usual case), else null; zero without rules. */
    public BigDecimal cost() {
        Map<String, BigDecimal> costs = expectedCost();
        return costs.isEmpty() ? BigDecimal.ZERO : costs.size() == 1 ? costs.values().iterator().next() : null;
    }

    /** The one currency of {@link #cost()}, or null. */
    public String currency() {
        Map<String, BigDecimal> costs = expectedCost();
        return costs.size() == 1 ? costs.keySet().iterator().next() : null;
    }

    /** Breaches no rule could price, summed over the rules. */
    public long unpriced() {
        return rules.stream().mapToLong(RuleCost::unpriced).sum();
    }
}
