package io.blueprint.journey;

import io.blueprint.access.Role;

/** Who is making a change, as the history records it, and what they may do. The web module says who is signed in. */
public interface Actor {

    String name();

    /** Whether the actor holds {@code role}; use cases that only some roles may run ask this. */
    boolean hasRole(Role role);
}
