package io.blueprint.journey;

/**
 * Something on a blueprint that goes against good service design, with the step (or stage) it
 * concerns. The kind names the message that says what is wrong and how to fix it.
 */
public record DesignFinding(Kind kind, Long stageId, String stageName, Long stepId, String stepTitle) {

    /** The design rules Blueprint checks. */
    public enum Kind {
        /** A customer action that nobody answers: no frontstage step or self-service touchpoint in its stage. */
        CUSTOMER_ACTION_WITHOUT_COUNTERPART,
        /** A touchpoint whose step names no owning team (principle 1: someone owns every customer moment). */
        TOUCHPOINT_WITHOUT_OWNER,
        /** A touchpoint with no planned effort to measure against (principle 2). */
        TOUCHPOINT_WITHOUT_EFFORT_PLAN,
        /** A fail point with no flow to a recovery step (principle 1: solve, don't just apologise). */
        FAIL_POINT_WITHOUT_RECOVERY,
        /** A stage in which the customer does nothing. */
        STAGE_WITHOUT_CUSTOMER_ACTION
    }
}
