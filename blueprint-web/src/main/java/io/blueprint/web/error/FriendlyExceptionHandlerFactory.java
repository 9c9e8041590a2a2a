package io.blueprint.web.error;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Exceptions in a page answer with the error page and a reference instead of Faces' own answer,
 * which names the exception class in an Ajax response. A page request gets the error page with 500;
 * an Ajax request is sent to it. An expired view still goes back to the home page.
 * Registered in faces-config.xml.
 */
public class FriendlyExceptionHandlerFactory extends ExceptionHandlerFactory {

    static final String ERROR_PAGE = "/error/error.xhtml";
    static final String HOME_PAGE = "/index.xhtml";

    public FriendlyExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FriendlyExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

        FriendlyExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (faces != null && events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                events.remove();
                answer(faces, failure);
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext faces, Throwable failure) {
            ExternalContext external = faces.getExternalContext();
            boolean ajax = faces.getPartialViewContext().isAjaxRequest();
            boolean expired = causes(failure, ViewExpiredException.class);
            String reference = expired ? null : ErrorReference.log((HttpServletRequest) external.getRequest(), failure);
            if (external.isResponseCommitted() || faces.getResponseComplete()) {
                // too late to answer otherwise: the log has it
                faces.responseComplete();
                return;
            }
            try {
                if (expired) {
                    external.redirect(external.getRequestContextPath() + HOME_PAGE);
                } else if (ajax) {
                    external.redirect(external.getRequestContextPath() + ERROR_PAGE + "?"
                            + ErrorView.REFERENCE_PARAMETER + "=" + reference);
                } else {
                    external.responseReset();
                    external.responseSendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Reference " + reference);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static boolean causes(Throwable failure, Class<? extends Throwable> kind) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
