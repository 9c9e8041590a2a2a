package io.blueprint.web.journey;

import io.blueprint.journey.JourneyLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The size limits of one blueprint from MicroProfile Config ({@code BLUEPRINT_JOURNEY_MAX_STEPS=5000}), read once. */
@ApplicationScoped
public class JourneyLimitsProducer {

    private volatile JourneyLimits limits;

    @Produces
    JourneyLimits limits() {
        JourneyLimits read = limits;
        if (read == null) {
            Config config = ConfigProvider.getConfig();
            JourneyLimits defaults = JourneyLimits.defaults();
            read = new JourneyLimits(
                    config.getOptionalValue("blueprint.journey.max-stages", Integer.class).orElse(defaults.maxStages()),
                    config.getOptionalValue("blueprint.journey.max-steps", Integer.class).orElse(defaults.maxSteps()),
                    config.getOptionalValue("blueprint.journey.max-flows", Integer.class).orElse(defaults.maxFlows()),
                    config.getOptionalValue("blueprint.journey.max-kpis-per-touchpoint", Integer.class)
                            .orElse(defaults.maxKpisPerTouchpoint()));
            limits = read;
        }
        return read;
    }
}
