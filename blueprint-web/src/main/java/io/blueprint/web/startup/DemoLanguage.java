package io.blueprint.web.startup;

import java.util.Locale;

/**
 * The one language the demo's texts are written in ({@code BLUEPRINT_DEMO_LANGUAGE}): Korean by
 * default, for the Korean companies Blueprint is made for; English for an English-speaking team
 * and for the test suite, whose assertions read English demo names.
 */
public enum DemoLanguage {
    KO, EN;

    /** "ko" or "en" (any case, blank for the default); anything else is refused so a typo does not go unnoticed. */
    public static DemoLanguage of(String setting) {
        if (setting == null || setting.isBlank()) {
            return KO;
        }
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "ko" -> KO;
            case "en" -> EN;
            default -> throw new IllegalArgumentException(
                    "blueprint.demo.language (BLUEPRINT_DEMO_LANGUAGE) is ko or en, not '" + setting + "'");
        };
    }

    /** The text in this language. */
    public String pick(String english, String korean) {
        return this == KO ? korean : english;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
