package io.blueprint.reports.export;

import io.blueprint.reports.policy.wording.PolicyLabels;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Labels for the export tests: the texts given, and every other key itself with its arguments after it. */
public final class TestLabels {

    private TestLabels() {
    }

    public static PolicyLabels of(Locale locale, Map<String, String> texts) {
        return PolicyLabels.of(locale, (key, arguments) -> {
            String text = texts.get(key);
            if (text != null) {
                return MessageFormat.format(text, arguments);
            }
            return arguments.length == 0 ? key : key + Arrays.toString(arguments);
        });
    }
}
