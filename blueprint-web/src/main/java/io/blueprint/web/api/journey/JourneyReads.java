package io.blueprint.web.api.journey;

import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyDocument;
import io.blueprint.journey.JourneyDocuments;
import io.blueprint.journey.JourneyEditor;
import io.blueprint.journey.JourneyHistory;
import io.blueprint.journey.JourneyRepository;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads for the API, each in one transaction so the whole blueprint is loaded at once. */
@ApplicationScoped
@Transactional
public class JourneyReads {

    @Inject
    JourneyRepository journeys;

    @Inject
    JourneyHistory history;

    @Inject
    JourneyEditor editor;

    public JourneyDto journey(long id) {
        Journey journey = load(id);
        return JourneyDto.of(journey, editor.mayEdit(journey.getStatus()));
    }

    public JourneyDocument document(long id) {
        return JourneyDocuments.export(load(id));
    }

    public List<ChangeDto> history(long id, int max) {
        load(id);
        return history.of(id, max).stream()
                .map(c -> new ChangeDto(c.getAt().toString(), c.getActor(), c.getAction().name(), c.getSubject(),
                        c.getDetail()))
                .toList();
    }

    private Journey load(long id) {
        return journeys.findBlueprint(id).orElseThrow(() -> new DomainException("journey.notFound", id));
    }

    /** One entry of a journey's history. */
    public record ChangeDto(String at, String actor, String action, String subject, String detail) {
    }
}
