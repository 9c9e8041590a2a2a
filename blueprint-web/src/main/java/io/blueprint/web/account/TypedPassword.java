package io.blueprint.web.account;

/** A password as a form field or a JSON body gives it, for the desk; a missing one is empty, which the policy refuses with its reason. */
public final class TypedPassword {

    private TypedPassword() {
    }

    public static char[] of(String typed) {
        return typed == null ? new char[0] : typed.toCharArray();
    }
}
