package io.blueprint.web.policy;

import io.blueprint.policy.PolicyCheck;
import io.blueprint.policy.Severity;

import java.io.Serializable;

/** A policy-check finding as the page lists it: how serious, which check, and what to fix in the reader's words. */
public record FindingView(Severity severity, PolicyCheck check, String text, String path) implements Serializable {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
