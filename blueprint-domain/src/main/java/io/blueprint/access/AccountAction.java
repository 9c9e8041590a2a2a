package io.blueprint.access;

/** What happened to an account, as its history records it. */
public enum AccountAction {
    CREATED,
    PROVISIONED_BY_SSO,
    DETAILS_CHANGED,
    ROLES_CHANGED,
    DISABLED,
    ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    PASSWORD_HASH_UPGRADED,
    LOCKED,
    UNLOCKED,
    TOKEN_CREATED,
    TOKEN_REVOKED
}
