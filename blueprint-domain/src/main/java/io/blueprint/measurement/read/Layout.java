package io.blueprint.measurement.read;

/** Which tool's header a table has, as detected: it decides how many header rows there are and how columns map. */
public enum Layout {
    /** Blueprint's own CSV header for one of the measured kinds. */
    BLUEPRINT,
    /** A Qualtrics export with three header rows: column ids, question texts, ImportId objects. */
    QUALTRICS,
    /** A legacy Qualtrics export with two header rows: {@code V1…} ids, then labels. */
    QUALTRICS_LEGACY,
    /** Any other file with a header row (and perhaps extra header rows after it). */
    GENERIC,
    /** A file without a header row: columns are known by position only ({@code #1}, {@code #2}, …). */
    HEADERLESS,
    /** Amazon Connect contact trace records, presented with Blueprint's contact-event columns. */
    CONNECT_CTR
}
