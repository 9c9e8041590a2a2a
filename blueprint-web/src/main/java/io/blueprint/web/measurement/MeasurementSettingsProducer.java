package io.blueprint.web.measurement;

import io.blueprint.measurement.MeasurementSettings;
import io.blueprint.web.startup.DemoSeeding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The import's settings from MicroProfile Config. The customer key ({@code BLUEPRINT_MEASUREMENT_CUSTOMER_KEY},
 * at least 16 characters) is required on PostgreSQL; the embedded database of the demo falls back to a
 * fixed demo key, with a warning, so that a newcomer can import without setting anything.
 */
@ApplicationScoped
public class MeasurementSettingsProducer {

    private static final Logger LOG = Logger.getLogger(MeasurementSettingsProducer.class.getName());
    /** Only ever used on the embedded demo database: it protects nothing, and says so in the log. */
    static final String DEMO_KEY = "blueprint-embedded-demo-key-not-for-production";

    private volatile MeasurementSettings settings;

    @Produces
    public MeasurementSettings settings() {
        MeasurementSettings read = settings;
        if (read == null) {
            read = read(ConfigProvider.getConfig());
            settings = read;
        }
        return read;
    }

    static MeasurementSettings read(Config config) {
        MeasurementSettings defaults = MeasurementSettings.defaults();
        String key = config.getOptionalValue("blueprint.measurement.customer-key", String.class).orElse(null);
        String kind = config.getOptionalValue("blueprint.db.kind", String.class).orElse(DemoSeeding.EMBEDDED);
        if (key == null && DemoSeeding.EMBEDDED.equals(kind)) {
            LOG.warning("No BLUEPRINT_MEASUREMENT_CUSTOMER_KEY: customers are hashed with the embedded demo's key."
                    + " Set a secret of your own before importing real data.");
            key = DEMO_KEY;
        } else if (key == null) {
            LOG.warning("No BLUEPRINT_MEASUREMENT_CUSTOMER_KEY: imports of measured data are refused until it is set.");
        }
        return new MeasurementSettings(
                config.getOptionalValue("blueprint.policy.zone", String.class).map(ZoneId::of).orElse(defaults.zone()),
                key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                config.getOptionalValue("blueprint.measurement.batch-rows", Integer.class).orElse(defaults.batchRows()),
                config.getOptionalValue("blueprint.measurement.max-file-bytes", Long.class).orElse(defaults.maxFileBytes()),
                config.getOptionalValue("blueprint.measurement.max-atomic-rows", Long.class).orElse(defaults.maxAtomicRows()),
                config.getOptionalValue("blueprint.measurement.max-feed-rows", Integer.class).orElse(defaults.maxFeedRows()),
                config.getOptionalValue("blueprint.measurement.max-problems", Integer.class).orElse(defaults.maxProblems()),
                config.getOptionalValue("blueprint.measurement.ces-labels", String.class).orElse(""));
    }
}
