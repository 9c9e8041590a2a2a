package io.blueprint.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page (error/error.xhtml): a friendly message and the reference under which the server
 * log holds what went wrong. It is shown for an exception the container caught, for a 500, and
 * after a failed Ajax request (which names its reference in the URL).
 */
@Named
@RequestScoped
public class ErrorView {

    static final String REFERENCE_PARAMETER = "reference";

    @Inject
    FacesContext faces;

    private String reference;

    /** The reference of this failure; empty when the page is opened without one. */
    public String getReference() {
        if (reference == null) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            reference = ErrorReference.of(request);
            if (reference == null && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
                // the page a failed Ajax request was sent to (or someone opening it: no reference then)
                String named = request.getParameter(REFERENCE_PARAMETER);
                reference = ErrorReference.isReference(named) ? named : "";
            } else if (reference == null) {
                // an exception that Faces did not see (a filter, the container), or a plain 500
                reference = ErrorReference.log(request, request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)
                        instanceof Throwable failure ? failure : null);
            }
            if (!external.isResponseCommitted()) {
                external.setResponseStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
        return reference;
    }
}
