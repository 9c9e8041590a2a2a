package io.blueprint.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on the login page, kept in their HTTP session until they sign out. */
record SignedInUser(String name, Set<String> roles) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
