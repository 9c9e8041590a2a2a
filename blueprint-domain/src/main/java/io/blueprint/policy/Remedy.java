package io.blueprint.policy;

/** What a customer gets when a guarantee is broken. */
public enum Remedy {
    CASH_REFUND,
    POINTS_CREDIT,
    FREE_NEXT_SERVICE,
    VOUCHER
}
