package io.blueprint.policy;

/** The unit of a guarantee's threshold. */
public enum ConditionUnit {
    SECONDS("s"),
    MINUTES("min"),
    HOURS("h"),
    DAYS("d"),
    BUSINESS_DAYS("bd"),
    PERCENT("%"),
    COUNT("");

    private final String symbol;

    ConditionUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
