package io.blueprint.access;

/** What a signed-in person may do in Blueprint. */
public enum Role {
    /** Manages users and settings; may do everything. */
    ADMIN,
    /** Defines service policy: guarantees and refund rules; approves, publishes and retires them. */
    EXECUTIVE,
    /** Builds and edits service blueprints. */
    DESIGNER,
    /** Imports measured data and exports the published guarantees. */
    OPS,
    /** Reads everything, changes nothing. */
    VIEWER;

    /** Role names as the container and {@code @RolesAllowed} see them. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String EXECUTIVE_NAME = "EXECUTIVE";
    public static final String DESIGNER_NAME = "DESIGNER";
    public static final String OPS_NAME = "OPS";
    public static final String VIEWER_NAME = "VIEWER";
}
