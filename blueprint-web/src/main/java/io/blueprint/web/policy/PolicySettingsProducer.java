package io.blueprint.web.policy;

import io.blueprint.policy.PolicyCheck;
import io.blueprint.policy.PolicySettings;
import io.blueprint.policy.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy checks' thresholds from MicroProfile Config, so an environment variable such as
 * {@code BLUEPRINT_POLICY_MAX_EXCLUSIONS=2} changes them without a build.
 */
@ApplicationScoped
public class PolicySettingsProducer {

    private volatile PolicySettings settings;

    /** Dependent scope: a record cannot be proxied, so every bean gets the one instance read at first use. */
    @Produces
    public PolicySettings settings() {
        PolicySettings read = settings;
        if (read == null) {
            read = read();
            settings = read;
        }
        return read;
    }

    private static Severity severity(String key, String value) {
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + " must be ERROR or WARNING, not '" + value + "'", e);
        }
    }

    private static PolicySettings read() {
        Config config = ConfigProvider.getConfig();
        PolicySettings defaults = PolicySettings.defaults();
        Map<PolicyCheck, Severity> severities = new EnumMap<>(PolicyCheck.class);
        for (PolicyCheck check : PolicyCheck.values()) {
            String key = "blueprint.policy.severity." + check.name().toLowerCase(Locale.ROOT).replace('_', '-');
            config.getOptionalValue(key, String.class)
                    .map(value -> severity(key, value))
                    .ifPresent(severity -> severities.put(check, severity));
        }
        List<String> vagueWords = config.getOptionalValues("blueprint.policy.vague-words", String.class)
                .orElse(defaults.vagueWords());
        return new PolicySettings(
                config.getOptionalValue("blueprint.policy.max-exclusions", Integer.class).orElse(defaults.maxExclusions()),
                config.getOptionalValue("blueprint.policy.max-claim-steps", Integer.class).orElse(defaults.maxClaimSteps()),
                vagueWords.stream().map(String::strip).filter(w -> !w.isEmpty()).toList(),
                severities,
                config.getOptionalValue("blueprint.policy.zone", String.class).map(ZoneId::of).orElse(defaults.zone()),
                config.getOptionalValue("blueprint.policy.four-eyes", Boolean.class).orElse(defaults.fourEyes()));
    }
}
