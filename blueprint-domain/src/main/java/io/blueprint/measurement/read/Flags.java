package io.blueprint.measurement.read;

import java.util.Locale;
import java.util.Map;

/** Yes/no answers as files spell them: Y/N, yes/no, true/false, 1/0 (any case), 예/아니오. */
final class Flags {

    private static final Map<String, Boolean> WORDS = Map.ofEntries(
            Map.entry("y", true), Map.entry("yes", true), Map.entry("true", true), Map.entry("1", true),
            Map.entry("n", false), Map.entry("no", false), Map.entry("false", false), Map.entry("0", false),
            Map.entry("예", true), Map.entry("네", true), Map.entry("아니오", false), Map.entry("아니요", false));

    private Flags() {
    }

    /** The flag, or null when the text is no yes/no word. */
    static Boolean parse(String text) {
        return WORDS.get(text.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isTrue(String text) {
        return Boolean.TRUE.equals(parse(text));
    }
}
