package io.blueprint.policy;

/** Someone else changed this version of the guarantee since the caller read it; says who, for the caller to reload. */
public class StaleGuaranteeException extends RuntimeException {

    private final String changedBy;
    private final long currentVersion;

    public StaleGuaranteeException(String changedBy, long currentVersion) {
        super("guarantee changed by " + changedBy);
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
