package io.blueprint.web.account;

import io.blueprint.access.AccountDesk;
import io.blueprint.access.AccountSettings;
import io.blueprint.access.UserAccount;
import io.blueprint.journey.Actor;
import io.blueprint.policy.PolicySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the account screens and the account API read, as summaries; the desk decides who may read
 * what. Also the one rule for an expiry day: a token is valid through that day in the company's time zone.
 */
@ApplicationScoped
public class AccountReads {

    /** A new token's expiry when its owner picks none: about a quarter ahead. */
    public static final int DEFAULT_TOKEN_DAYS = 90;

    @Inject
    AccountDesk desk;

    @Inject
    AccountSettings settings;

    @Inject
    PolicySettings company;

    @Inject
    Actor actor;

    /** The signed-in person's own account. */
    public AccountSummary me() {
        return account(actor.name());
    }

    /** The signed-in person's own tokens, newest first. */
    public List<TokenSummary> myTokens() {
        return tokens(actor.name());
    }

    /** One of the signed-in person's own tokens; anyone else's is answered as missing. */
    public TokenSummary myToken(long id) {
        return token(actor.name(), id);
    }

    public List<AccountSummary> accounts() {
        Instant now = Instant.now();
        return desk.accounts().stream().map(a -> summary(a, now)).toList();
    }

    public AccountSummary account(String username) {
        return summary(desk.account(username));
    }

    public AccountSummary summary(UserAccount account) {
        return summary(account, Instant.now());
    }

    private AccountSummary summary(UserAccount account, Instant now) {
        return AccountSummary.of(account, settings.accountThrottling(), now);
    }

    public List<TokenSummary> tokens(String username) {
        Instant now = Instant.now();
        return desk.tokens(username).stream().map(t -> TokenSummary.of(t, now)).toList();
    }

    /** One token of {@code username}'s; another's id is answered as missing, as the desk does. */
    public TokenSummary token(String username, long id) {
        return tokens(username).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> io.blueprint.shared.DomainException.notFound("token.notFound", id));
    }

    public List<HistoryLine> history(String username) {
        return desk.history(username).stream().map(HistoryLine::of).toList();
    }

    /** The moment a token chosen to expire on {@code day} stops working: the end of that day, company time. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(company.zone()).toInstant();
    }

    public LocalDate today() {
        return LocalDate.now(company.zone());
    }

    public LocalDate defaultTokenExpiry() {
        return today().plusDays(Math.min(DEFAULT_TOKEN_DAYS, settings.maxTokenLifetime().toDays() - 1));
    }

    /** The last day a new token may be valid through. */
    public LocalDate latestTokenExpiry() {
        return today().plusDays(settings.maxTokenLifetime().toDays() - 1);
    }
}
