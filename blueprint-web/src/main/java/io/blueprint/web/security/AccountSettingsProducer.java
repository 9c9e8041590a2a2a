package io.blueprint.web.security;

import io.blueprint.access.AccountSettings;
import io.blueprint.access.PasswordPolicy;
import io.blueprint.access.SignInThrottling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

/**
 * The account limits from MicroProfile Config ({@code BLUEPRINT_SECURITY_PASSWORD_MIN_LENGTH=14} and
 * the like), read once at first use.
 */
@ApplicationScoped
public class AccountSettingsProducer {

    private volatile AccountSettings settings;
    private volatile SignInThrottling addressThrottling;

    @Produces
    public AccountSettings settings() {
        AccountSettings read = settings;
        if (read == null) {
            read = read(ConfigProvider.getConfig());
            settings = read;
        }
        return read;
    }

    /** How failures from one network address are slowed down, whatever user names they try. */
    public SignInThrottling addressThrottling() {
        SignInThrottling read = addressThrottling;
        if (read == null) {
            read = throttling(ConfigProvider.getConfig(), "address", SignInThrottling.addressDefaults());
            addressThrottling = read;
        }
        return read;
    }

    private static AccountSettings read(Config config) {
        AccountSettings defaults = AccountSettings.defaults();
        PasswordPolicy passwords = new PasswordPolicy(
                config.getOptionalValue("blueprint.security.password.min-length", Integer.class)
                        .orElse(defaults.passwords().minLength()),
                config.getOptionalValue("blueprint.security.password.max-length", Integer.class)
                        .orElse(defaults.passwords().maxLength()),
                config.getOptionalValue("blueprint.security.password.min-score", Integer.class).orElse(3));
        return new AccountSettings(passwords,
                throttling(config, "account", defaults.accountThrottling()),
                Duration.ofDays(config.getOptionalValue("blueprint.security.token.max-days", Integer.class)
                        .orElse((int) defaults.maxTokenLifetime().toDays())),
                config.getOptionalValue("blueprint.security.token.max-per-user", Integer.class)
                        .orElse(defaults.maxTokensPerUser()));
    }

    private static SignInThrottling throttling(Config config, String kind, SignInThrottling defaults) {
        String prefix = "blueprint.security.sign-in." + kind + ".";
        return new SignInThrottling(
                config.getOptionalValue(prefix + "free-failures", Integer.class).orElse(defaults.freeFailures()),
                Duration.ofSeconds(config.getOptionalValue(prefix + "max-delay-seconds", Long.class)
                        .orElse(defaults.maxDelay().toSeconds())),
                config.getOptionalValue(prefix + "lock-after", Integer.class).orElse(defaults.lockAfter()),
                Duration.ofMinutes(config.getOptionalValue(prefix + "lock-minutes", Long.class)
                        .orElse(defaults.lockDuration().toMinutes())));
    }
}
