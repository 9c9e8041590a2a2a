package io.blueprint.web.api.account;

import io.blueprint.access.ApiToken;
import io.blueprint.access.Role;
import io.blueprint.access.UserAccount;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What clients send to manage accounts and tokens. Sizes are bounded here so that no request makes
 * the server hash or store more than it should; every other rule is the domain's.
 */
public final class AccountRequests {

    /** Longer than any password the policy accepts; the policy says the exact limit. */
    static final int MAX_PASSWORD = 128;

    private AccountRequests() {
    }

    /** A new local account; {@code temporaryPassword} (default true) makes its owner choose their own first. */
    public record NewAccount(
            @Size(max = UserAccount.MAX_USERNAME, message = "user.username.tooLong") String username,
            @Size(max = UserAccount.MAX_DISPLAY_NAME, message = "user.displayName.tooLong") String displayName,
            @Size(max = MAX_PASSWORD, message = "password.tooLong") String password,
            @Size(max = 5, message = "user.roles.tooMany") List<Role> roles,
            Boolean temporaryPassword) {

        boolean temporary() {
            return temporaryPassword == null || temporaryPassword;
        }
    }

    /** New details for an account; a field left out stays as it is. */
    public record AccountChange(
            @Size(max = UserAccount.MAX_DISPLAY_NAME, message = "user.displayName.tooLong") String displayName,
            @Size(max = 5, message = "user.roles.tooMany") List<Role> roles) {
    }

    /** A password an admin sets for someone. */
    public record PasswordReset(@Size(max = MAX_PASSWORD, message = "password.tooLong") String password) {
    }

    /** The signed-in person's new password, with the current one as proof. */
    public record OwnPasswordChange(
            @Size(max = MAX_PASSWORD, message = "password.tooLong") String currentPassword,
            @Size(max = MAX_PASSWORD, message = "password.tooLong") String password) {
    }

    /** A new token: valid through the day {@code expiresOn} (company time), or until the moment {@code expiresAt}. */
    public record NewToken(@Size(max = ApiToken.MAX_NAME, message = "token.name.tooLong") String name,
                           LocalDate expiresOn, Instant expiresAt) {
    }

    static Set<Role> roles(List<Role> roles) {
        return roles == null ? null : roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
