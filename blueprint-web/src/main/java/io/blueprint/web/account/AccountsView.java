package io.blueprint.web.account;

import io.blueprint.access.AccountDesk;
import io.blueprint.access.Role;
import io.blueprint.access.StaleAccountException;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.navigation.Forbidden;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The admins' account page: the accounts with their state, a search, the create dialog, and one
 * account at a time in a dialog to change, disable, enable, unlock, reset, revoke tokens and read
 * its history. Every rule is the desk's; every change names the version the dialog shows.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CREATE_MESSAGES = "createForm:create-messages";
    private static final String ACCOUNT_MESSAGES = "accountForm:account-messages";

    @Inject
    AccountDesk desk;

    @Inject
    AccountReads reads;

    @Inject
    Messages messages;

    private String search;
    private transient List<AccountSummary> rows;

    private String newUsername;
    private String newDisplayName;
    private Role[] newRoles = {};
    private String newPassword;
    private boolean newTemporary = true;

    /** The account open in the dialog, as it was read: its version is what a change names. */
    private AccountSummary account;
    private List<TokenSummary> tokens = List.of();
    private List<HistoryLine> history = List.of();
    private String displayName;
    private Role[] roles = {};
    private String resetPassword;
    private String conflictMessage;

    /** f:viewAction: only those who may manage accounts see the page. */
    public void checkAccess() {
        if (!desk.mayManageAccounts()) {
            Forbidden.respond(messages.get("accounts.forbidden"));
        }
    }

    // ---- the list

    public List<AccountSummary> getRows() {
        if (rows == null) {
            String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
            rows = reads.accounts().stream()
                    .filter(a -> needle.isEmpty() || a.username().toLowerCase(Locale.ROOT).contains(needle)
                            || a.displayName().toLowerCase(Locale.ROOT).contains(needle))
                    .toList();
        }
        return rows;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    // ---- creating

    public void startCreate() {
        newUsername = null;
        newDisplayName = null;
        newRoles = new Role[]{Role.VIEWER};
        newPassword = null;
        newTemporary = true;
    }

    public void create() {
        try {
            desk.create(newUsername, newDisplayName, TypedPassword.of(newPassword), roleSet(newRoles), newTemporary);
        } catch (DomainException refusal) {
            Refusals.show(messages, refusal, Map.of("password", "createForm:password", "username", "createForm:username",
                    "roles", "createForm:roles"), CREATE_MESSAGES);
            return;
        } finally {
            newPassword = null;
        }
        Refusals.info(messages.get("accounts.created", newUsername.strip()));
        rows = null;
        PrimeFaces.current().executeScript("PF('createDialog').hide()");
    }

    // ---- one account

    /** Opens the account in the dialog as it is stored now. */
    public void open(String username) {
        try {
            show(reads.account(username));
        } catch (DomainException refusal) {
            Refusals.show(messages, refusal, Map.of(), null);
        }
    }

    /** Shows the account as it is now stored, dropping a conflict notice and unsaved typing. */
    public void reload() {
        open(account.username());
    }

    private void show(AccountSummary shown) {
        account = shown;
        displayName = shown.displayName();
        roles = shown.roles().toArray(Role[]::new);
        resetPassword = null;
        conflictMessage = null;
        tokens = reads.tokens(shown.username());
        history = reads.history(shown.username());
        rows = null;
    }

    public void save() {
        change(a -> desk.update(a.username(), a.version(), displayName, roleSet(roles)), "accounts.saved");
    }

    public void disable() {
        change(a -> desk.disable(a.username(), a.version()), "accounts.disabledNow");
    }

    public void enable() {
        change(a -> desk.enable(a.username(), a.version()), "accounts.enabledNow");
    }

    public void unlock() {
        change(a -> desk.unlock(a.username()), "accounts.unlocked");
    }

    public void resetPassword() {
        char[] password = TypedPassword.of(resetPassword);
        resetPassword = null;
        change(a -> desk.resetPassword(a.username(), a.version(), password), "accounts.passwordReset");
    }

    public void revoke(long tokenId) {
        change(a -> desk.revokeToken(reads.token(a.username(), tokenId).id()), "tokens.revokedNow");
    }

    /** Runs one change on the open account; shows it as stored afterwards, or says what stood in the way. */
    private void change(Function<AccountSummary, Object> action, String doneKey) {
        try {
            action.apply(account);
        } catch (StaleAccountException stale) {
            conflictMessage = messages.get("account.stale", account.username(), stale.getChangedBy());
            Refusals.error(null, conflictMessage);
            return;
        } catch (DomainException refusal) {
            Refusals.show(messages, refusal, Map.of("password", "accountForm:reset-password",
                    "roles", "accountForm:roles", "displayName", "accountForm:display-name"), ACCOUNT_MESSAGES);
            return;
        }
        show(reads.account(account.username()));
        Refusals.info(messages.get(doneKey, account.username()));
    }

    /** Roles as the check boxes give them (JSF converts to an array's element type, not a list's). */
    private static EnumSet<Role> roleSet(Role[] chosen) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        if (chosen != null) {
            set.addAll(List.of(chosen));
        }
        return set;
    }

    // ---- what the page reads and writes

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
        rows = null;
    }

    public AccountSummary getAccount() {
        return account;
    }

    public List<TokenSummary> getTokens() {
        return tokens;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public String getConflictMessage() {
        return conflictMessage;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public Role[] getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(Role[] newRoles) {
        this.newRoles = newRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isNewTemporary() {
        return newTemporary;
    }

    public void setNewTemporary(boolean newTemporary) {
        this.newTemporary = newTemporary;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
