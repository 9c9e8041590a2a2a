package io.blueprint.web.security.sso;

import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page of a refused sign-in through the identity provider: what happened, to whom, and what to do. */
@Named
@RequestScoped
public class SsoRefusalView {

    static final String REFUSAL = SsoRefusalView.class.getName() + ".refusal";
    static final String USERNAME = SsoRefusalView.class.getName() + ".username";
    static final String REASON = SsoRefusalView.class.getName() + ".reason";

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    /** Why; a visitor who opens the page without a sign-in behind it is told to start again. */
    public SsoRefusal getRefusal() {
        return external.getRequestMap().get(REFUSAL) instanceof SsoRefusal refusal ? refusal : SsoRefusal.BAD_STATE;
    }

    /** What Blueprint's accounts said, in the reader's language, when they refused; null otherwise. */
    public String getReason() {
        return external.getRequestMap().get(REASON) instanceof DomainException refused
                ? messages.get(refused.getMessageKey(), refused.getArguments()) : null;
    }

    /** The user name the provider gave, when the sign-in got that far. */
    public String getUsername() {
        return (String) external.getRequestMap().get(USERNAME);
    }

    /** "The identity provider signed you in as …", its particle fitted to the name in Korean. */
    public String getSignedInAs() {
        return messages.get("sso.refused.signedInAs", getUsername());
    }
}
