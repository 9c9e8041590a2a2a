package io.blueprint.journey;

/** The three lines that separate the lanes of a service blueprint. */
public enum Line {
    /** Where the customer meets the company: customer actions | frontstage. */
    INTERACTION(Lane.CUSTOMER_ACTIONS, Lane.FRONTSTAGE),
    /** What the customer can see: frontstage | backstage. */
    VISIBILITY(Lane.FRONTSTAGE, Lane.BACKSTAGE),
    /** Where contact staff rely on the rest of the company: backstage | support. */
    INTERNAL_INTERACTION(Lane.BACKSTAGE, Lane.SUPPORT);

    private final Lane above;
    private final Lane below;

    Line(Lane above, Lane below) {
        this.above = above;
        this.below = below;
    }

    public Lane above() {
        return above;
    }

    public Lane below() {
        return below;
    }
}
