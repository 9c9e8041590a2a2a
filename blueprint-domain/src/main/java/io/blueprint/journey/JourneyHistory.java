package io.blueprint.journey;

import java.util.List;
import java.util.Optional;

/** The recorded changes of journeys. */
public interface JourneyHistory {

    void record(JourneyChange change);

    /** Newest first. */
    List<JourneyChange> of(long journeyId, int max);

    Optional<JourneyChange> last(long journeyId);
}
