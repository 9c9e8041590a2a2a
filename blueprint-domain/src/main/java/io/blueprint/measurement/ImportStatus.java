package io.blueprint.measurement;

/** Where an import stands. */
public enum ImportStatus {
    RUNNING,
    /** Every row was read; the valid ones are stored (in {@code atomic} mode: there were no rejected ones). */
    COMPLETED,
    /** An {@code atomic} import with rejected rows: nothing was stored. */
    REJECTED,
    /** The file could not be read, or storing failed; the batches committed before it stay. */
    FAILED,
    /** The server stopped while it ran; the batches committed before it stay, and running it again completes it. */
    INTERRUPTED
}
