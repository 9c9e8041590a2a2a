package io.blueprint.web.security;

import java.io.Serializable;

/**
 * Who signed in on this HTTP session, and from which address. Only the name: the account's roles
 * and whether it is still enabled are read again on every request, so a change an admin makes
 * holds from the next request on.
 */
record SignedInUser(String name, String address) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
