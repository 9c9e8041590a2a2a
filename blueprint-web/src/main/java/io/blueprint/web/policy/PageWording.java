package io.blueprint.web.policy;

import io.blueprint.reports.policy.wording.GuaranteeWording;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.journey.JourneyWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Gives pages {@code #{wording}}: a guarantee's terms worded in the page's language, as every other
 * surface words them; and {@code #{journeyWording}}: a blueprint's lanes, channels, KPIs and history.
 */
@ApplicationScoped
public class PageWording {

    @Inject
    Messages messages;

    @Produces
    @Named("wording")
    @Dependent
    GuaranteeWording wording() {
        return BundleLabels.wording(messages.locale());
    }

    @Produces
    @Named("journeyWording")
    @Dependent
    JourneyWording journeyWording() {
        return JourneyWording.in(messages.locale());
    }
}
