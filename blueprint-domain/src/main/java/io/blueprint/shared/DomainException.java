package io.blueprint.shared;

import java.util.Arrays;

/**
 * A business rule was broken. Carries a message-bundle key and its arguments so that every
 * screen and API can say what went wrong in the reader's language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
