package io.blueprint.measurement.read;

import io.blueprint.shared.DomainException;

/**
 * A file that cannot be read at all, refused whole: it names the line where reading failed (the first
 * argument of its message) so that the person can fix the file.
 */
public class UnreadableFileException extends DomainException {

    /** A quoted field runs to the end of the file; the argument is the line the record starts on. */
    public static final String UNTERMINATED_QUOTE = "import.file.unterminatedQuote";
    /** Text that is not CSV (e.g. a character between a closing quote and the separator); argument: the line. */
    public static final String MALFORMED = "import.file.malformed";
    /** Bytes that are not text in the encoding; arguments: the line, the encoding. */
    public static final String ENCODING = "import.file.encoding";
    /** Not a spreadsheet that can be read (a damaged or password-protected file); argument: 0. */
    public static final String SPREADSHEET = "import.file.spreadsheet";
    /** The spreadsheet has no sheet of that name; arguments: 0, the name. */
    public static final String NO_SHEET = "import.file.noSheet";
    /** Contact trace records that are not JSON (or not objects); argument: the line. */
    public static final String JSON = "import.file.json";

    private final long line;

    public UnreadableFileException(long line, String messageKey, Object... more) {
        super(Kind.INVALID, messageKey, prepend(line, more));
        this.line = line;
    }

    private static Object[] prepend(long line, Object[] more) {
        Object[] all = new Object[more.length + 1];
        all[0] = line;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    /** The line (or spreadsheet row) where reading failed; 0 when the file is unreadable from the start. */
    public long line() {
        return line;
    }
}
