package io.blueprint.policy;

import java.math.BigDecimal;

/** How a measured value compares with a guarantee's threshold for the promise to hold. */
public enum ConditionOperator {
    AT_MOST("≤"),
    LESS_THAN("<"),
    AT_LEAST("≥"),
    MORE_THAN(">");

    private final String symbol;

    ConditionOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a measured value keeps the promise. */
    public boolean holds(BigDecimal measured, BigDecimal threshold) {
        int c = measured.compareTo(threshold);
        return switch (this) {
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
        };
    }
}
