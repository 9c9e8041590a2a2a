package io.blueprint.measurement.read;

import java.io.Closeable;
import java.io.IOException;

/** The records of a file as text, header rows included; a table reads its header from them. */
interface RecordSource extends Closeable {

    /** The next record (perhaps empty), or null at the end. */
    SourceRow next() throws IOException;
}
