package io.blueprint.policy;

/** Errors block publishing; warnings are shown and allowed. */
public enum Severity {
    ERROR,
    WARNING
}
