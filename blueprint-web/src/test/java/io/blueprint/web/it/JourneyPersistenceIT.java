package io.blueprint.web.it;

import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyRepository;
import io.blueprint.journey.Lane;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceCatalog;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.journey.Stage;
import io.blueprint.journey.Step;
import io.blueprint.web.startup.DemoData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A blueprint written in one transaction reads back whole and in order in another. */
@ExtendWith(ArquillianExtension.class)
class JourneyPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.blueprintWith(JourneyPersistenceIT.class);
    }

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServiceRepository services;

    @Inject
    JourneyRepository journeys;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    @Test
    void aJourneyWithStagesAndStepsPersistsAndReadsBack() throws Exception {
        String name = "IT service " + UUID.randomUUID();
        Service registered = catalog.register(name, "written by an integration test", "QA");

        tx.begin();
        Service service = services.find(registered.getId()).orElseThrow();
        Journey journey = service.startJourney("Cancel a subscription", "Long-time subscriber");
        Stage decide = journey.addStage("Decide to cancel");
        Stage cancel = journey.addStage("Cancel");
        Stage confirm = journey.addStage("Get confirmation");
        journey.addStep(decide, Lane.CUSTOMER_ACTIONS, "Looks for the cancel button");
        journey.addStep(cancel, Lane.FRONTSTAGE, "Retention offer in the app").mark(true, false);
        journey.addStep(cancel, Lane.FRONTSTAGE, "Agent takes the call").describe("Second contact", "Care");
        journey.addStep(cancel, Lane.BACKSTAGE, "Billing stops the plan").mark(false, true);
        journey.addStep(confirm, Lane.PHYSICAL_EVIDENCE, "Confirmation e-mail");
        journeys.store(journey);
        tx.commit();
        long id = journey.getId();

        tx.begin();
        em.clear();
        Journey loaded = journeys.findBlueprint(id).orElseThrow();
        assertEquals(name, loaded.getService().getName());
        assertEquals(List.of("Decide to cancel", "Cancel", "Get confirmation"),
                loaded.getStages().stream().map(Stage::getName).toList());
        Stage loadedCancel = loaded.getStages().get(1);
        List<Step> frontstage = loaded.stepsAt(loadedCancel, Lane.FRONTSTAGE);
        assertEquals(List.of("Retention offer in the app", "Agent takes the call"),
                frontstage.stream().map(Step::getTitle).toList());
        assertTrue(frontstage.get(0).isFailPoint());
        assertEquals("Care", frontstage.get(1).getOwningTeam());
        assertTrue(loaded.stepsAt(loadedCancel, Lane.BACKSTAGE).get(0).isWaitPoint());
        assertEquals(5, loaded.getSteps().size());
        tx.commit();
    }

    @Test
    void theDemoJourneySpansFourStagesAndAllFiveLanes() throws Exception {
        tx.begin();
        Service demo = services.findByName(DemoData.DEMO_SERVICE).orElseThrow();
        long demoJourney = demo.getJourneys().stream().filter(j -> j.getName().equals(DemoData.DEMO_JOURNEY))
                .findFirst().orElseThrow().getId();
        Journey journey = journeys.findBlueprint(demoJourney).orElseThrow();
        assertEquals(DemoData.DEMO_JOURNEY, journey.getName());
        assertTrue(journey.getStages().size() >= 4, "stages: " + journey.getStages().size());
        assertTrue(journey.getSteps().size() >= 10, "steps: " + journey.getSteps().size());
        Set<Lane> lanes = journey.getSteps().stream().map(Step::getLane).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Lane.class), lanes);
        tx.commit();
    }
}
