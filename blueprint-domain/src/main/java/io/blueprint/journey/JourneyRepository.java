package io.blueprint.journey;

import java.util.Optional;

/** Where journeys (service blueprints) are kept. */
public interface JourneyRepository {

    /** The journey with its stages, steps, flows, touchpoints and KPIs loaded, ready to be drawn. */
    Optional<Journey> findBlueprint(long id);

    /** The journey, row-locked for the rest of the transaction so that edits of it queue up. */
    Optional<Journey> lockForEdit(long id);

    /** Raises the journey's version now, marking the blueprint changed. */
    void markChanged(Journey journey);

    Journey store(Journey journey);

    void remove(Journey journey);

    /** Writes pending changes, so that dependants are gone before what they depend on. */
    void flush();

    boolean nameTaken(long serviceId, String name, Long exceptJourneyId);

    /** Whether another journey of the service already has a touchpoint with this code. */
    boolean codeTakenElsewhere(long serviceId, String code, Long exceptJourneyId);

    /** The touchpoint of another journey of the service that has this code, to name in a refusal. */
    Optional<Touchpoint> touchpointWithCode(long serviceId, String code, Long exceptJourneyId);
}
