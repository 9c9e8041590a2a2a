package io.blueprint.web.account;

/** Whether an API token still opens the API. */
public enum TokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
