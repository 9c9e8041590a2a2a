package io.blueprint.shared;

/** Checks for the short texts (names, titles) that every aggregate holds. */
public final class Text {

    private Text() {
    }

    /** Returns the trimmed text, or throws with {@code messageKey} when it is blank or longer than {@code max}. */
    public static String required(String value, int max, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(messageKey + ".required");
        }
        return bounded(value, max, messageKey);
    }

    /** Returns the trimmed text or null when blank; throws when longer than {@code max}. */
    public static String optional(String value, int max, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(value, max, messageKey);
    }

    private static String bounded(String value, int max, String messageKey) {
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new DomainException(messageKey + ".tooLong", max);
        }
        return trimmed;
    }
}
