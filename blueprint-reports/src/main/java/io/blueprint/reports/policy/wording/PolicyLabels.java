package io.blueprint.reports.policy.wording;

import io.blueprint.reports.export.Labels;

import java.util.Locale;

/** The words of the policy texts in one reader's language (see {@link Labels}). */
public interface PolicyLabels extends Labels {

    /** Labels in {@code locale} that look their texts up with {@code lookup}. */
    static PolicyLabels of(Locale locale, Lookup lookup) {
        return new PolicyLabels() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String text(String key, Object... arguments) {
                return lookup.text(key, arguments);
            }
        };
    }

    /** Finds the text of a key, with its arguments put in. */
    @FunctionalInterface
    interface Lookup {
        String text(String key, Object... arguments);
    }
}
