package io.blueprint.policy;

/** Where a customer claims the remedy of a broken guarantee (principle 5: say how to claim). */
public enum ClaimChannelKind {
    WEB,
    EMAIL,
    PHONE,
    POST
}
