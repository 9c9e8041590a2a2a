package io.blueprint.journey;

/** Who is making a change, as the history records it. The web module says who is signed in. */
public interface Actor {

    String name();
}
