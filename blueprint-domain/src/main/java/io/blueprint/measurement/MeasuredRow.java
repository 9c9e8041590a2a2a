package io.blueprint.measurement;

import java.time.Instant;

/**
 * One row of measured data as read from a file or a feed, checked for form but not yet against the
 * service (touchpoint codes) and with the customer still as given: it is hashed before it is stored,
 * and never written to a log or an error report.
 */
public sealed interface MeasuredRow permits SurveyAnswer, ContactRecord, CaseRecord {

    /** The line (or spreadsheet row) the row starts on, for error reports; 0 for a feed's JSON. */
    long line();

    /** The id, unique per source. */
    String id();

    String touchpointCode();

    /** The raw customer identifier, or null when the source has none. */
    String customer();

    /** The instant the row is about (answered, started, opened): it decides the rollup day. */
    Instant at();
}
