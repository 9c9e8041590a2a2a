package io.blueprint.web.account;

import io.blueprint.web.security.AccountSettingsProducer;
import io.blueprint.access.AccountDesk;
import io.blueprint.access.IssuedToken;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everyone's own page: who they are, their roles, the change-password form (local accounts), and
 * their API tokens: create one (its secret shown once), see when each was last used, revoke.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TOKEN_FORM = "tokenForm:";

    @Inject
    AccountDesk desk;

    @Inject
    AccountReads reads;

    @Inject
    AccountSettingsProducer settings;

    @Inject
    Messages messages;

    private transient AccountSummary me;
    private transient List<TokenSummary> tokens;
    private String tokenName;
    private LocalDate tokenExpiry;
    /** The new token's secret, between its creation and the closing of the dialog that shows it; never stored. */
    private transient String issuedSecret;
    private String issuedName;

    @PostConstruct
    void init() {
        tokenExpiry = reads.defaultTokenExpiry();
    }

    public AccountSummary getMe() {
        if (me == null) {
            me = reads.me();
        }
        return me;
    }

    public List<TokenSummary> getTokens() {
        if (tokens == null) {
            tokens = reads.myTokens();
        }
        return tokens;
    }

    public void createToken() {
        IssuedToken issued;
        try {
            issued = desk.createToken(tokenName, tokenExpiry == null ? null : reads.endOf(tokenExpiry));
        } catch (DomainException refusal) {
            Refusals.show(messages, refusal, Map.of("expiresAt", TOKEN_FORM + "token-expiry"),
                    TOKEN_FORM + "token-messages");
            return;
        }
        issuedSecret = issued.secret();
        issuedName = issued.token().getName();
        tokenName = null;
        tokenExpiry = reads.defaultTokenExpiry();
        tokens = null;
        PrimeFaces.current().executeScript("PF('secretDialog').show()");
    }

    /** The dialog that showed the secret closed: the page forgets it. */
    public void forgetSecret() {
        issuedSecret = null;
    }

    public void revoke(long id) {
        try {
            TokenSummary token = reads.myToken(id);
            desk.revokeToken(token.id());
            Refusals.info(messages.get("tokens.revokedNow", token.name()));
        } catch (DomainException refusal) {
            Refusals.show(messages, refusal, Map.of(), TOKEN_FORM + "token-messages");
        }
        tokens = null;
    }

    public LocalDate getToday() {
        return reads.today();
    }

    public LocalDate getLatestExpiry() {
        return reads.latestTokenExpiry();
    }

    public long getMaxTokenDays() {
        return settings.settings().maxTokenLifetime().toDays();
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public LocalDate getTokenExpiry() {
        return tokenExpiry;
    }

    public void setTokenExpiry(LocalDate tokenExpiry) {
        this.tokenExpiry = tokenExpiry;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedName() {
        return issuedName;
    }
}
