package io.blueprint.journey;

/**
 * Someone else changed the journey since the caller read it. Carries their last change, so the
 * caller can be told who changed what before reloading.
 */
public class ConcurrentEditException extends RuntimeException {

    private final transient JourneyChange lastChange;
    private final long currentVersion;

    public ConcurrentEditException(JourneyChange lastChange, long currentVersion) {
        super("journey changed by " + (lastChange == null ? "someone" : lastChange.getActor()));
        this.lastChange = lastChange;
        this.currentVersion = currentVersion;
    }

    /** The change that made the caller's copy stale, or null when none is recorded. */
    public JourneyChange getLastChange() {
        return lastChange;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}
