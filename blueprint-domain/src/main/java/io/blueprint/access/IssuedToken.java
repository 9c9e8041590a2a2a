package io.blueprint.access;

/** A token just created, with the secret its owner sees once and Blueprint never again. */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.getTokenPrefix() + "…]";
    }
}
