package io.blueprint.journey;

import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlueprintEditingTest {

    private Journey journey;
    private Stage request;
    private Stage ship;

    @BeforeEach
    void blueprint() {
        journey = new Service("Online store", null, null).startJourney("Return an item", null);
        request = journey.addStage("Request return");
        ship = journey.addStage("Send back");
    }

    private static String messageKey(Throwable e) {
        return ((DomainException) e).getMessageKey();
    }

    @Test
    void aCardDraggedToAnotherStageLeavesNoGapBehind() {
        Step first = journey.addStep(request, Lane.FRONTSTAGE, "Return form");
        Step second = journey.addStep(request, Lane.FRONTSTAGE, "Chat agent");
        Step third = journey.addStep(request, Lane.FRONTSTAGE, "Call centre");
        Step there = journey.addStep(ship, Lane.FRONTSTAGE, "Clerk scans QR");

        journey.moveStep(second, ship, Lane.FRONTSTAGE, 0);

        assertThat(journey.stepsAt(request, Lane.FRONTSTAGE)).containsExactly(first, third);
        assertThat(journey.stepsAt(request, Lane.FRONTSTAGE)).extracting(Step::getPosition).containsExactly(0, 1);
        assertThat(journey.stepsAt(ship, Lane.FRONTSTAGE)).containsExactly(second, there);
        assertThat(second.getStage()).isSameAs(ship);
    }

    @Test
    void stagesReorderWithoutGaps() {
        Stage refund = journey.addStage("Refund");
        journey.moveStage(refund, 0);
        assertThat(journey.getStagesInOrder()).containsExactly(refund, request, ship);
        assertThat(journey.getStagesInOrder()).extracting(Stage::getPosition).containsExactly(0, 1, 2);
    }

    @Test
    void onlyCustomerFacingStepsBecomeTouchpointsAndTheyStayCustomerFacing() {
        Step backstage = journey.addStep(request, Lane.BACKSTAGE, "Agent approves");
        Step form = journey.addStep(request, Lane.FRONTSTAGE, "Return form");

        assertThatThrownBy(() -> journey.setTouchpoint(backstage, "RET-01", Channel.WEB))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("touchpoint.lane.notCustomerFacing"));
        Touchpoint touchpoint = journey.setTouchpoint(form, " ret-web-01 ", Channel.WEB);
        assertThat(touchpoint.getCode()).isEqualTo("RET-WEB-01");
        assertThatThrownBy(() -> journey.moveStep(form, request, Lane.BACKSTAGE, 0))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("touchpoint.lane.notCustomerFacing"));
    }

    @Test
    void touchpointCodesAreUniqueAndWellFormed() {
        Step form = journey.addStep(request, Lane.FRONTSTAGE, "Return form");
        Step chat = journey.addStep(request, Lane.FRONTSTAGE, "Chat");
        journey.setTouchpoint(form, "RET-WEB-01", Channel.WEB);

        assertThatThrownBy(() -> journey.setTouchpoint(chat, "ret-web-01", Channel.CHAT))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("touchpoint.code.taken"));
        assertThatThrownBy(() -> journey.setTouchpoint(chat, "RET WEB", Channel.CHAT))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("touchpoint.code.format"));
    }

    @Test
    void aTakenCodeIsRefusedNamingTheStepAndStageThatHaveIt() {
        Step form = journey.addStep(request, Lane.FRONTSTAGE, "Return form");
        Step label = journey.addStep(ship, Lane.PHYSICAL_EVIDENCE, "Return label");
        journey.setTouchpoint(form, "RET-WEB-01", Channel.WEB);

        assertThatThrownBy(() -> journey.setTouchpoint(label, "ret-web-01", Channel.POST))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("touchpoint.code.taken");
                    assertThat(e.getArguments()).containsExactly("RET-WEB-01", "Return form", "Request return",
                            "Return an item");
                    assertThat(e.getField()).isEqualTo("code");
                    assertThat(e.getKind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThat(journey.touchpointOf(label)).isEmpty();
    }

    @Test
    void outOfRangeTargetsAreRefusedNeverClamped() {
        assertThatThrownBy(() -> new EffortPlan(new BigDecimal("8"), null, null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("effortPlan.targetCes.range");
                    assertThat(e.getArguments()).containsExactly(BigDecimal.ONE, BigDecimal.valueOf(7));
                    assertThat(e.getField()).isEqualTo("effortPlan.targetCes");
                });
        assertThatThrownBy(() -> new EffortPlan(new BigDecimal("0.9"), null, null, null, null))
                .isInstanceOf(DomainException.class);
        assertThat(new EffortPlan(new BigDecimal("7"), null, null, null, null).getTargetCes()).isEqualByComparingTo("7");
        assertThatThrownBy(() -> new EffortPlan(null, 101, null, null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getField()).isEqualTo("effortPlan.maxSteps"));

        Step form = journey.addStep(request, Lane.FRONTSTAGE, "Return form");
        Touchpoint touchpoint = journey.setTouchpoint(form, "RET-WEB-01", Channel.WEB);
        assertThatThrownBy(() -> touchpoint.addKpi(KpiMetric.CES, new BigDecimal("8"), null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("kpi.target.range");
                    assertThat(e.getField()).isEqualTo("target");
                });
        assertThatThrownBy(() -> touchpoint.addKpi(KpiMetric.CES, null, null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).as("an empty target is missing, not out of range")
                            .isEqualTo("kpi.target.required");
                    assertThat(e.getField()).isEqualTo("target");
                });
        Kpi kpi = touchpoint.addKpi(KpiMetric.CES, new BigDecimal("6"), null, null, null);
        assertThatThrownBy(() -> kpi.change(KpiMetric.CSAT, new BigDecimal("101"), null, null, null))
                .isInstanceOf(DomainException.class);
        assertThat(kpi.getMetric()).as("a refused change leaves the KPI as it was").isEqualTo(KpiMetric.CES);
        assertThat(touchpoint.getKpis()).hasSize(1);
    }

    @Test
    void effortPlansAndKpisStayInRange() {
        assertThatThrownBy(() -> new EffortPlan(new BigDecimal("7.5"), null, null, null, null))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("effortPlan.targetCes.range"));
        assertThatThrownBy(() -> new EffortPlan(null, null, null, null, 101))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("effortPlan.targetFcrPercent.range"));
        Step form = journey.addStep(request, Lane.FRONTSTAGE, "Return form");
        Touchpoint touchpoint = journey.setTouchpoint(form, "RET-WEB-01", Channel.WEB);
        assertThatThrownBy(() -> touchpoint.addKpi(KpiMetric.FIRST_CONTACT_RESOLUTION, new BigDecimal("120"), null, null, null))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("kpi.target.range"));

        Kpi kpi = touchpoint.addKpi(KpiMetric.REPEAT_CONTACT_RATE_7D, new BigDecimal("5"), null, null, "Care");
        assertThat(kpi.getUnit()).isEqualTo("%");
        assertThat(kpi.getDirection()).isEqualTo(KpiDirection.LOWER_IS_BETTER);
    }

    @Test
    void flowsJoinTwoDifferentStepsOnce() {
        Step a = journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts return");
        Step b = journey.addStep(request, Lane.FRONTSTAGE, "Return form");
        journey.addFlow(a, b, null);

        assertThatThrownBy(() -> journey.addFlow(a, b, "again"))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("flow.duplicate"));
        assertThatThrownBy(() -> journey.addFlow(a, a, null))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("flow.selfLoop"));
    }

    @Test
    void removingAStepTakesItsFlowsAndTouchpointWithIt() {
        Step a = journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts return");
        Step b = journey.addStep(request, Lane.FRONTSTAGE, "Return form");
        journey.addFlow(a, b, null);
        journey.setTouchpoint(b, "RET-WEB-01", Channel.WEB);

        journey.detachStep(b);
        journey.dropStep(b);

        assertThat(journey.getSteps()).containsExactly(a);
        assertThat(journey.getFlows()).isEmpty();
        assertThat(journey.getTouchpoints()).isEmpty();
    }

    @Test
    void aDuplicateCopiesEverythingUnderNewCodes() {
        Step a = journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts return");
        Step b = journey.addStep(request, Lane.FRONTSTAGE, "Return form").describe(null, "App team").mark(true, false);
        journey.addFlow(a, b, "taps Return");
        Touchpoint tp = journey.setTouchpoint(b, "RET-WEB-01", Channel.WEB);
        tp.plan(new EffortPlan(new BigDecimal("6"), 3, 0, 60, 90));
        tp.addKpi(KpiMetric.CES, new BigDecimal("6"), null, null, null);

        Journey copy = journey.duplicate("Return an item (to-be)", code -> code + "-2");

        assertThat(copy.getName()).isEqualTo("Return an item (to-be)");
        assertThat(copy.getStagesInOrder()).extracting(Stage::getName).containsExactly("Request return", "Send back");
        assertThat(copy.getSteps()).hasSize(2);
        assertThat(copy.getFlows()).singleElement().satisfies(f -> assertThat(f.getLabel()).isEqualTo("taps Return"));
        Touchpoint twin = copy.getTouchpoints().get(0);
        assertThat(twin.getCode()).isEqualTo("RET-WEB-01-2");
        assertThat(twin.getEffortPlan()).isEqualTo(tp.getEffortPlan());
        assertThat(twin.getKpis()).hasSize(1);
        assertThat(twin.getStep().isFailPoint()).isTrue();
        assertThat(twin.getStep()).isNotSameAs(b);
    }
}
