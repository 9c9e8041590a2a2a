package io.blueprint.web.api.journey;

/** A change to a journey was sent without If-Match. */
public final class MissingIfMatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MissingIfMatch() {
        super("If-Match required");
    }
}
