package io.blueprint.web.account;

import io.blueprint.web.security.AccountSettingsProducer;
import io.blueprint.access.AccountDesk;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.security.BlueprintAuthenticationMechanism;
import io.blueprint.web.security.LoginView;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * The change-password form, on the profile page and alone on the page a person is sent to while the
 * password they have was set for them. The policy's reason shows at the field it concerns.
 */
@Named
@ViewScoped
public class OwnPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "passwordForm:";

    @Inject
    AccountDesk desk;

    @Inject
    AccountReads reads;

    @Inject
    AccountSettingsProducer settings;

    @Inject
    Messages messages;

    private transient String current;
    private transient String password;
    private transient String repeat;
    private String next;
    private transient AccountSummary me;

    /** Changes the password; {@code leave}: then go on to {@code next} (or home), as the password page does. */
    public void change(boolean leave) {
        try {
            if (!Objects.equals(password, repeat)) {
                Refusals.error(FORM + "repeat-password", messages.get("password.repeat.mismatch"));
                return;
            }
            desk.changeOwnPassword(TypedPassword.of(current), TypedPassword.of(password));
        } catch (DomainException refusal) {
            Refusals.show(messages, refusal, Map.of("currentPassword", FORM + "current-password",
                    "password", FORM + "new-password"), FORM + "password-messages");
            return;
        } finally {
            current = null;
            password = null;
            repeat = null;
        }
        me = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Refusals.info(messages.get("password.changed"));
        if (leave) {
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + nextPage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Where to go on to: the page asked for (by the one rule for a sign-in's next page), never back here. */
    private String nextPage() {
        String target = LoginView.safeNext(next);
        return target.startsWith(BlueprintAuthenticationMechanism.PASSWORD_PAGE) ? "/" : target;
    }

    public AccountSummary getMe() {
        if (me == null) {
            me = reads.me();
        }
        return me;
    }

    public int getMinLength() {
        return settings.settings().passwords().minLength();
    }

    public int getMaxLength() {
        return settings.settings().passwords().maxLength();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
