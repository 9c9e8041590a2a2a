package io.blueprint.web.report;

import io.blueprint.reports.effort.EffortSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The effort reports' thresholds and loyalty assumptions from MicroProfile Config
 * ({@code blueprint.reports.*}, or {@code BLUEPRINT_REPORTS_*} in the environment), each falling back
 * to {@link EffortSettings#defaults()}; a setting out of range stops the deployment with its reason.
 */
@ApplicationScoped
public class EffortSettingsProducer {

    private volatile EffortSettings settings;

    @Produces
    EffortSettings settings() {
        EffortSettings read = settings;
        if (read == null) {
            read = read(ConfigProvider.getConfig());
            settings = read;
        }
        return read;
    }

    static EffortSettings read(Config config) {
        EffortSettings defaults = EffortSettings.defaults();
        return new EffortSettings(
                config.getOptionalValue("blueprint.reports.minimum-responses", Integer.class).orElse(defaults.minimumResponses()),
                config.getOptionalValue("blueprint.reports.low-effort-at-least", Double.class).orElse(defaults.lowEffortAtLeast()),
                config.getOptionalValue("blueprint.reports.high-effort-at-most", Double.class).orElse(defaults.highEffortAtMost()),
                config.getOptionalValue("blueprint.reports.low-effort-repurchase-rate", Double.class)
                        .orElse(defaults.lowEffortRepurchaseRate()),
                config.getOptionalValue("blueprint.reports.high-effort-repurchase-rate", Double.class)
                        .orElse(defaults.highEffortRepurchaseRate()),
                config.getOptionalValue("blueprint.reports.before-after-days", Integer.class).orElse(defaults.beforeAfterDays()),
                config.getOptionalValue("blueprint.reports.max-period-days", Integer.class).orElse(defaults.maxPeriodDays()));
    }
}
