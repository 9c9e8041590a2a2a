package io.blueprint.journey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DesignChecksTest {

    private Journey journey;
    private Stage request;

    @BeforeEach
    void blueprint() {
        journey = new Service("Online store", null, null).startJourney("Return an item", null);
        request = journey.addStage("Request return");
    }

    private List<DesignFinding.Kind> kinds() {
        return DesignChecks.check(journey).stream().map(DesignFinding::kind).toList();
    }

    @Test
    void aStageWhereTheCustomerDoesNothingIsFlagged() {
        assertThat(kinds()).containsExactly(DesignFinding.Kind.STAGE_WITHOUT_CUSTOMER_ACTION);
        journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts return");
        assertThat(kinds()).doesNotContain(DesignFinding.Kind.STAGE_WITHOUT_CUSTOMER_ACTION);
    }

    @Test
    void aCustomerActionNeedsAFrontstageOrSelfServiceCounterpart() {
        Step action = journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Calls the shop");
        assertThat(DesignChecks.check(journey)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DesignFinding.Kind.CUSTOMER_ACTION_WITHOUT_COUNTERPART);
            assertThat(f.stepTitle()).isEqualTo("Calls the shop");
            assertThat(f.stageName()).isEqualTo("Request return");
        });

        journey.setTouchpoint(action, "RET-APP-01", Channel.APP).plan(new EffortPlan(BigDecimal.valueOf(6), null, null, null, null));
        action.describe(null, "App team");
        assertThat(kinds()).isEmpty();

        journey.setTouchpoint(action, "RET-APP-01", Channel.PHONE);
        assertThat(kinds()).containsExactly(DesignFinding.Kind.CUSTOMER_ACTION_WITHOUT_COUNTERPART);
        journey.addStep(request, Lane.FRONTSTAGE, "Agent answers");
        assertThat(kinds()).isEmpty();
    }

    @Test
    void aTouchpointNeedsAnOwnerAndAnEffortPlan() {
        journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts return");
        Step form = journey.addStep(request, Lane.FRONTSTAGE, "Return form");
        Touchpoint touchpoint = journey.setTouchpoint(form, "RET-WEB-01", Channel.WEB);
        assertThat(kinds()).containsExactlyInAnyOrder(DesignFinding.Kind.TOUCHPOINT_WITHOUT_OWNER,
                DesignFinding.Kind.TOUCHPOINT_WITHOUT_EFFORT_PLAN);

        form.describe(null, "App team");
        touchpoint.plan(new EffortPlan(new BigDecimal("6.0"), 3, 0, null, null));
        assertThat(kinds()).isEmpty();
    }

    @Test
    void aFailPointNeedsAFlowToItsRecovery() {
        journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts return");
        Step upload = journey.addStep(request, Lane.FRONTSTAGE, "Photo upload").mark(true, false);
        assertThat(DesignChecks.check(journey)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DesignFinding.Kind.FAIL_POINT_WITHOUT_RECOVERY);
            assertThat(f.stepTitle()).isEqualTo("Photo upload");
        });

        Step chat = journey.addStep(request, Lane.FRONTSTAGE, "Chat agent takes over");
        journey.addFlow(upload, chat, "upload fails");
        assertThat(kinds()).isEmpty();
    }
}
