package io.blueprint.web.policy;

import io.blueprint.reports.policy.wording.GuaranteeWording;
import io.blueprint.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Gives pages {@code #{wording}}: a guarantee's terms worded in the page's language, as every other surface words them. */
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
}
