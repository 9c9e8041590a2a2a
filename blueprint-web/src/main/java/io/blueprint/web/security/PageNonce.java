package io.blueprint.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.PrimeFaces;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * Sends each page's Content-Security-Policy with its script nonce, which PrimeFaces' CSP mode
 * (primefaces.CSP) puts on every script it renders. PrimeFaces would send it itself before the view
 * is built, when a stateless page (sign-in, charter, errors) does not know yet that it is one, and
 * keep the nonce in a view map, which Faces keeps in a new session. So this defers that until the
 * view is built: the same header and init script, with {@code blueprint.CSP_POLICY}.
 * Registered in faces-config.xml, as a system event listener for PreRenderViewEvent and, as
 * {@link Defer}, as a phase listener.
 */
public class PageNonce implements SystemEventListener {

    static final String POLICY_PARAMETER = "blueprint.CSP_POLICY";
    static final String MARK = PageNonce.class.getName();

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getAttributes().put(MARK, Boolean.TRUE) != null) {
            return;
        }
        String nonce = PrimeFacesContext.getCspState(faces).getNonce();
        faces.getExternalContext().addResponseHeader(SecurityHeadersFilter.CSP,
                faces.getExternalContext().getInitParameter(POLICY_PARAMETER) + " 'nonce-" + nonce + "'");
        // a nonce is Base64 (PrimeFaces checks that one posted back is), so it needs no escaping here
        PrimeFaces.current().executeInitScript("if(window.PrimeFaces){PrimeFaces.csp.init('" + nonce + "');}");
    }

    /** Tells PrimeFaces, once the view is restored or created, that its CSP header is taken care of. */
    public static class Defer implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            // the view does not exist yet
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            CspState state = PrimeFacesContext.getCspState(event.getFacesContext());
            state.setInitialized(true);
        }
    }
}
