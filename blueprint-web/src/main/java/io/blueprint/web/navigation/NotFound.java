package io.blueprint.web.navigation;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page request for something that does not exist with 404 and the not-found page, instead of an empty page. */
public final class NotFound {

    private NotFound() {
    }

    /** For an {@code f:viewAction}: ends the request with 404; {@code what} goes to the server log's access line only. */
    public static void respond(String what) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, what + " not found");
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
