package io.blueprint.policy.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * A guarantee's outcome over a period: every month of it, and the whole period (distinct customers over the whole
 * period, not the sum of the months'). When the condition cannot be measured, {@code unmeasurable} says why and
 * the figures are empty: no measurement is not zero breaches.
 */
public record Outcome(LocalDate from, LocalDate to, List<Reading> readings, Unmeasurable unmeasurable,
                      List<OutcomeMonth> months, OutcomeFigures total) implements java.io.Serializable {

    public Outcome {
        readings = List.copyOf(readings);
        months = List.copyOf(months);
    }

    public boolean measurable() {
        return unmeasurable == null;
    }
}
