package io.blueprint.policy;

import io.blueprint.shared.DomainException;

import java.util.List;

/** Publishing was refused because the guarantee fails policy checks whose severity is error; carries every finding. */
public class PolicyViolationException extends DomainException {

    private final transient List<PolicyFinding> findings;

    public PolicyViolationException(String code, int revision, List<PolicyFinding> findings) {
        super("guarantee.publish.blocked", code, revision, findings.stream().filter(PolicyFinding::blocksPublishing).count());
        this.findings = List.copyOf(findings);
    }

    public List<PolicyFinding> getFindings() {
        return findings;
    }
}
