package io.blueprint.web.account;

import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/**
 * Shows a refusal of the account desk where the person will look for it: at the input it concerns
 * (the policy's reason beside the password field), otherwise at the form's messages.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * @param fields    the domain's field names ("password", "currentPassword") and the client ids of their inputs
     * @param otherwise the client id of the messages that take a refusal of no listed field (null: the page's)
     */
    public static void show(Messages messages, DomainException refusal, Map<String, String> fields, String otherwise) {
        String text = messages.get(refusal.getMessageKey(), refusal.getArguments());
        String at = refusal.getField() == null ? null : fields.get(refusal.getField());
        error(at != null ? at : otherwise, text);
    }

    public static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
    }
}
