package io.blueprint.journey;

import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JourneyTest {

    private final Service service = new Service("Online store customer care", null, "CX team");

    @Test
    void stagesAreNumberedInTheOrderTheyAreAdded() {
        Journey journey = service.startJourney("Return a damaged item", "Online shopper");
        journey.addStage("Notice damage");
        journey.addStage("Request return");

        assertThat(journey.getStages()).extracting(Stage::getName, Stage::getPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Notice damage", 0),
                        org.assertj.core.groups.Tuple.tuple("Request return", 1));
    }

    @Test
    void stepsStackInTheirCellInOrder() {
        Journey journey = service.startJourney("Return a damaged item", null);
        Stage request = journey.addStage("Request return");
        Stage ship = journey.addStage("Send item back");
        journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts return in the app");
        journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Uploads photos");
        journey.addStep(ship, Lane.CUSTOMER_ACTIONS, "Drops parcel at store");
        journey.addStep(request, Lane.BACKSTAGE, "Agent approves return");

        assertThat(journey.stepsAt(request, Lane.CUSTOMER_ACTIONS))
                .extracting(Step::getTitle, Step::getPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Starts return in the app", 0),
                        org.assertj.core.groups.Tuple.tuple("Uploads photos", 1));
        assertThat(journey.stepsAt(ship, Lane.CUSTOMER_ACTIONS)).extracting(Step::getPosition).containsExactly(0);
        assertThat(journey.stepsAt(ship, Lane.BACKSTAGE)).isEmpty();
    }

    @Test
    void aStepCannotBePlacedInAnotherJourneysStage() {
        Journey returns = service.startJourney("Return a damaged item", null);
        Journey orders = service.startJourney("Order a gift", null);
        Stage foreign = orders.addStage("Choose gift");

        assertThatThrownBy(() -> returns.addStep(foreign, Lane.FRONTSTAGE, "Chat agent answers"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getMessageKey())
                .isEqualTo("journey.stage.foreign");
    }

    @Test
    void namesAreRequiredAndBounded() {
        assertThatThrownBy(() -> service.startJourney("  ", null))
                .extracting(e -> ((DomainException) e).getMessageKey())
                .isEqualTo("journey.name.required");
        assertThatThrownBy(() -> service.startJourney("x".repeat(Journey.NAME_MAX + 1), null))
                .extracting(e -> ((DomainException) e).getMessageKey())
                .isEqualTo("journey.name.tooLong");
        assertThat(service.startJourney("  Return an item  ", null).getName()).isEqualTo("Return an item");
    }

    @Test
    void archivingKeepsTheJourneyButMarksIt() {
        Journey journey = service.startJourney("Return a damaged item", null);
        journey.archive();
        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.ARCHIVED);
        journey.reactivate();
        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.ACTIVE);
    }
}
