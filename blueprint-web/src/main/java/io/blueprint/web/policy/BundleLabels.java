package io.blueprint.web.policy;

import io.blueprint.reports.policy.export.ExportLabels;
import io.blueprint.web.i18n.Messages;

import java.util.Locale;

/** The words of the guarantee exports from the message bundles, in one language. */
public final class BundleLabels {

    private BundleLabels() {
    }

    public static ExportLabels in(Locale locale) {
        Locale language = Messages.supported(locale);
        return (key, arguments) -> Messages.format(language, key, arguments);
    }
}
