package io.blueprint.access;

/** Where an account's identity is proven: Blueprint's own password, or the company's identity provider. */
public enum AccountOrigin {
    /** Signs in with a password Blueprint keeps as a hash; admins and scripts. */
    LOCAL,
    /** Signs in through OpenID Connect; Blueprint keeps no password, the roles come from the provider. */
    SSO
}
