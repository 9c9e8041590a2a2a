package io.blueprint.measurement;

/** What an import does with a file that has rejected rows. */
public enum ImportMode {
    /** Store every valid row and report every rejected one. */
    PARTIAL,
    /** Store all rows or none: one rejected row stores nothing. */
    ATOMIC
}
