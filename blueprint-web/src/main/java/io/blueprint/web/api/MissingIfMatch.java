package io.blueprint.web.api;

/** A change was sent without If-Match. */
public final class MissingIfMatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingIfMatch() {
        super("If-Match required");
    }
}
