package io.blueprint.reports.policy.export;

/**
 * The words an export shows people, in the reader's language. The web module answers from its
 * message bundles; an enum value is looked up as its type with a lower-case first letter, a dot
 * and its name ({@code Remedy.CASH_REFUND} → "remedy.CASH_REFUND").
 */
@FunctionalInterface
public interface ExportLabels {

    /** The text for {@code key}, with the arguments put in. */
    String text(String key, Object... arguments);

    /** The name of an enum value in the reader's language; empty for null. */
    default String name(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        return text(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
    }
}
