package io.blueprint.shared;

import java.util.Arrays;

/**
 * A business rule was broken. Carries its {@link Kind} (what sort of refusal it is, decided where it
 * is thrown), a message-bundle key and its arguments, so that every screen and API can say what
 * went wrong in the reader's language and answer with the right status — never derived from the
 * key's spelling.
 */
public class DomainException extends RuntimeException {

    /** What sort of refusal: the API answers 400, 404, 409, 403 and 412 for them. */
    public enum Kind {
        /** The input breaks a rule: fix it and try again. */
        INVALID,
        /** What the request names does not exist. */
        NOT_FOUND,
        /** The thing exists but its state (or another thing's) forbids the change. */
        CONFLICT,
        /** The caller may not do this. */
        FORBIDDEN,
        /** Someone else changed the thing since the caller read it. */
        STALE
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    /** An invalid input. */
    public DomainException(String messageKey, Object... arguments) {
        this(Kind.INVALID, null, messageKey, arguments);
    }

    protected DomainException(Kind kind, String messageKey, Object... arguments) {
        this(kind, null, messageKey, arguments);
    }

    private DomainException(Kind kind, String field, String messageKey, Object[] arguments) {
        super((field == null ? "" : field + ": ") + messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static DomainException notFound(String messageKey, Object... arguments) {
        return new DomainException(Kind.NOT_FOUND, null, messageKey, arguments);
    }

    public static DomainException conflict(String messageKey, Object... arguments) {
        return new DomainException(Kind.CONFLICT, null, messageKey, arguments);
    }

    public static DomainException forbidden(String messageKey, Object... arguments) {
        return new DomainException(Kind.FORBIDDEN, null, messageKey, arguments);
    }

    /** The same complaint, said of one field or path of the input (e.g. "steps[3].title"). */
    public DomainException at(String path) {
        return new DomainException(kind, field == null ? path : path + "." + field, messageKey, arguments);
    }

    public Kind getKind() {
        return kind;
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
