package io.blueprint.policy;

import java.util.List;

/**
 * One way a guarantee falls short of the policy: which check, how serious, a message key with
 * its arguments saying what to fix, and the part of the guarantee it concerns (e.g. "refundRules[0]").
 */
public record PolicyFinding(PolicyCheck check, Severity severity, String messageKey, List<Object> arguments,
                            String path) {

    public PolicyFinding {
        arguments = List.copyOf(arguments);
    }

    public boolean blocksPublishing() {
        return severity == Severity.ERROR;
    }
}
