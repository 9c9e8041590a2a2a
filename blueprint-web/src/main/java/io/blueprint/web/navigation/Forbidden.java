package io.blueprint.web.navigation;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns a signed-in user away from a page their roles do not open, with 403 and the forbidden page. */
public final class Forbidden {

    private Forbidden() {
    }

    /** For an {@code f:viewAction}: ends the request with 403 before the page shows anything. */
    public static void respond(String why) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(403, why);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
