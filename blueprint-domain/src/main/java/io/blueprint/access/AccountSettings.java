package io.blueprint.access;

import java.time.Duration;

/**
 * The limits accounts live by; the web module reads them from MicroProfile Config.
 *
 * @param passwords         what a new password must be
 * @param accountThrottling how failed sign-ins slow down and lock one account
 * @param maxTokenLifetime  the longest an API token may be valid
 * @param maxTokensPerUser  how many active tokens one person may hold
 */
public record AccountSettings(PasswordPolicy passwords, SignInThrottling accountThrottling,
                              Duration maxTokenLifetime, int maxTokensPerUser) {

    public static AccountSettings defaults() {
        return new AccountSettings(PasswordPolicy.defaults(), SignInThrottling.accountDefaults(),
                Duration.ofDays(366), 20);
    }
}
