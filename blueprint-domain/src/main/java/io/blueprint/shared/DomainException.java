package io.blueprint.shared;

import java.util.Arrays;

/**
 * A business rule was broken. Carries a message-bundle key and its arguments so that every
 * screen and API can say what went wrong in the reader's language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object[] arguments) {
        super((field == null ? "" : field + ": ") + messageKey + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The same complaint, said of one field or path of the input (e.g. "steps[3].title"). */
    public DomainException at(String path) {
        return new DomainException(field == null ? path : path + "." + field, messageKey, arguments);
    }

    /** The input field or path the complaint is about, or null when it concerns the whole. */
    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
