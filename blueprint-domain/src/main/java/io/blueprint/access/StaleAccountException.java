package io.blueprint.access;

import io.blueprint.shared.DomainException;

/** Someone changed the account since the caller read it; nothing was overwritten. */
public class StaleAccountException extends DomainException {

    private final String changedBy;
    private final long currentVersion;

    public StaleAccountException(String username, String changedBy, long currentVersion) {
        super(Kind.STALE, "account.stale", username, changedBy);
        this.changedBy = changedBy;
        this.currentVersion = currentVersion;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}
