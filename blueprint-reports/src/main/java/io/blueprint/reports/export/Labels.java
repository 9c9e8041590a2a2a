package io.blueprint.reports.export;

import java.util.Locale;

/**
 * The words of a report or an export in one reader's language: the web module answers from its message
 * bundles. An enum value is looked up as its type with a lower-case first letter, a dot and its name
 * ({@code Remedy.CASH_REFUND} → "remedy.CASH_REFUND").
 */
public interface Labels {

    /** The reader's language, for numbers as well as words. */
    Locale locale();

    /** The text for {@code key}, with the arguments put in; the key itself when there is no text for it. */
    String text(String key, Object... arguments);

    /** Whether there is a text for {@code key}: a language may word some cases its own way (Korean "1,000원"). */
    default boolean has(String key) {
        return !text(key).equals(key);
    }

    /** The name of an enum value in the reader's language; empty for null. */
    default String name(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        return text(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
    }
}
