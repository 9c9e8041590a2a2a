package io.blueprint.measurement.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A file opened for import, read one record at a time so that a file of a million rows is never
 * held whole. Its header has been read when it is opened.
 */
public interface Table extends Closeable {

    FileDescription description();

    List<Column> columns();

    /**
     * The next non-empty data record, or null at the end.
     *
     * @throws UnreadableFileException when the rest of the file cannot be read (an unterminated quote,
     *                                 bytes that are not text in the file's encoding, broken JSON)
     */
    SourceRow next() throws IOException;
}
