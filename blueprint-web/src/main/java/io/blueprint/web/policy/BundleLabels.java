package io.blueprint.web.policy;

import io.blueprint.reports.policy.wording.GuaranteeWording;
import io.blueprint.reports.policy.wording.PolicyLabels;
import io.blueprint.web.i18n.Messages;

import java.util.Locale;

/** The words of the guarantee texts (screens, charter, exports) from the message bundles, in one language. */
public final class BundleLabels {

    private BundleLabels() {
    }

    public static PolicyLabels in(Locale locale) {
        Locale language = Messages.supported(locale);
        return PolicyLabels.of(language, (key, arguments) -> Messages.format(language, key, arguments));
    }

    /** A guarantee's terms in the words of a reader of {@code locale}. */
    public static GuaranteeWording wording(Locale locale) {
        return new GuaranteeWording(in(locale));
    }
}
