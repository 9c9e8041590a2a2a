package io.blueprint.policy;

/** The rules, from principle 5 ("a guarantee must be explicit"), that a guarantee is checked against before publishing. */
public enum PolicyCheck {
    /** The condition states a metric, an operator, a number and a unit. */
    MEASURABLE_CONDITION(Severity.ERROR),
    /** At least one claim channel with complete contact details. */
    CLAIM_CHANNEL(Severity.ERROR),
    /** Few exclusions. */
    FEW_EXCLUSIONS(Severity.WARNING),
    /** At least one refund rule, each with an explicit remedy and amount. */
    EXPLICIT_REMEDY(Severity.ERROR),
    /** A short claim procedure, or automatic payout. */
    SHORT_CLAIM(Severity.WARNING),
    /** A remedy paid on claim says how to claim (its steps) and until when (a deadline), so the charter can. */
    CLAIM_PROCEDURE_STATED(Severity.ERROR),
    /** Linked to at least one customer-visible touchpoint, where the promise is kept. */
    CUSTOMER_TOUCHPOINT(Severity.ERROR),
    /** No vague promise words ("quickly", "빠르게") without a number. */
    EXACT_WORDS(Severity.ERROR);

    private final Severity defaultSeverity;

    PolicyCheck(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
