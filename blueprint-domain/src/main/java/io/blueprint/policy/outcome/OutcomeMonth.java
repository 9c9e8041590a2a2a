package io.blueprint.policy.outcome;

import java.time.YearMonth;

/** A calendar month (company zone) of a guarantee's outcome; a month cut by the period holds only its days in it. */
public record OutcomeMonth(YearMonth month, OutcomeFigures figures) implements java.io.Serializable {
}
