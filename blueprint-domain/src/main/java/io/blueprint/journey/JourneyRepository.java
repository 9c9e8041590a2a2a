package io.blueprint.journey;

import java.util.Optional;

/** Where journeys (service blueprints) are kept. */
public interface JourneyRepository {

    /** The journey with its stages and steps loaded, ready to be drawn. */
    Optional<Journey> findBlueprint(long id);

    Journey store(Journey journey);
}
