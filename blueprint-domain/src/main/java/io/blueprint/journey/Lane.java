package io.blueprint.journey;

/**
 * The five rows of a service blueprint, top to bottom, in the fixed order of the
 * Shostack / Bitner-Ostrom-Morgan method.
 */
public enum Lane {
    PHYSICAL_EVIDENCE(true),
    CUSTOMER_ACTIONS(true),
    FRONTSTAGE(true),
    BACKSTAGE(false),
    SUPPORT(false);

    private final boolean customerFacing;

    Lane(boolean customerFacing) {
        this.customerFacing = customerFacing;
    }

    /** Whether a step in this lane is seen by the customer, and so may be a touchpoint. */
    public boolean isCustomerFacing() {
        return customerFacing;
    }

    /** The line drawn under this lane, or null for the bottom lane and the evidence lane. */
    public Line lineBelow() {
        for (Line line : Line.values()) {
            if (line.above() == this) {
                return line;
            }
        }
        return null;
    }
}
