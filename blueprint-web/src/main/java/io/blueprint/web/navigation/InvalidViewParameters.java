package io.blueprint.web.navigation;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * A page opened with a view parameter that is not what the page expects (a journey id that is no
 * number) answers 404 and the not-found page, rather than rendering a page without its subject.
 * Registered in faces-config.xml.
 */
public class InvalidViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the parameters are converted in this phase
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getResponseComplete() || faces.getViewRoot() == null) {
            return;
        }
        ViewMetadata.getViewParameters(faces.getViewRoot()).stream()
                .filter(parameter -> !parameter.isValid())
                .map(UIViewParameter::getName)
                .findFirst()
                .ifPresent(name -> NotFound.respond("view parameter " + name));
    }
}
