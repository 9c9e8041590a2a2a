package io.blueprint.policy;

/** What can be done to a guarantee version; named in refusals so the reader learns which step was refused. */
public enum PolicyAction {
    DRAFT,
    SUBMIT,
    RETURN_TO_DRAFT,
    PUBLISH,
    SUPERSEDE,
    RETIRE,
    DISCARD,
    /** A new draft from a published (or superseded, or retired) version. */
    NEW_VERSION
}
