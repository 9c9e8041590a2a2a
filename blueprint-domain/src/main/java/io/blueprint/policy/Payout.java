package io.blueprint.policy;

/** Whether the customer is paid without asking or must claim. */
public enum Payout {
    AUTOMATIC,
    ON_CLAIM
}
