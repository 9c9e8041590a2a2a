package io.blueprint.journey;

import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JourneyDocumentsTest {

    private static Journey sample() {
        Journey journey = new Service("Online store", null, null).startJourney("Return an item", "Shopper");
        journey.describe("From parcel to refund", "CX team");
        Stage request = journey.addStage("Request return");
        Stage refund = journey.addStage("Refund");
        Step start = journey.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts return");
        Step form = journey.addStep(request, Lane.FRONTSTAGE, "Return form").describe("photo upload", "App team");
        Step pay = journey.addStep(refund, Lane.BACKSTAGE, "Finance pays").mark(true, true);
        journey.addFlow(start, form, "taps Return");
        journey.addFlow(form, pay, null);
        Touchpoint tp = journey.setTouchpoint(form, "RET-WEB-01", Channel.WEB);
        tp.plan(new EffortPlan(new BigDecimal("6"), 3, 0, 60, 85));
        tp.addKpi(KpiMetric.CES, new BigDecimal("6"), null, null, "App team");
        tp.addKpi(KpiMetric.REPEAT_CONTACT_RATE_7D, new BigDecimal("4.5"), null, null, null);
        return journey;
    }

    @Test
    void exportThenBuildThenExportGivesTheSameDocument() {
        JourneyDocument first = JourneyDocuments.export(sample());
        Journey rebuilt = JourneyDocuments.build(new Service("Online store", null, null), first);
        JourneyDocument second = JourneyDocuments.export(rebuilt);

        assertThat(second).isEqualTo(first);
        assertThat(first.steps()).extracting(JourneyDocument.StepDoc::key).containsExactly("P1", "P2", "P3");
        assertThat(first.flows()).containsExactly(new JourneyDocument.FlowDoc("P1", "P2", "taps Return"),
                new JourneyDocument.FlowDoc("P2", "P3", null));
    }

    @Test
    void aBrokenDocumentSaysWhereItIsBroken() {
        JourneyDocument good = JourneyDocuments.export(sample());
        List<JourneyDocument.StepDoc> steps = new ArrayList<>(good.steps());
        JourneyDocument.StepDoc second = steps.get(1);
        steps.set(1, new JourneyDocument.StepDoc(second.key(), "S9", second.lane(), second.title(), null, null,
                false, false, null));
        JourneyDocument broken = new JourneyDocument(good.format(), good.service(), good.name(), null, null, null,
                good.status(), good.stages(), steps, List.of());

        assertThatThrownBy(() -> JourneyDocuments.build(new Service("Online store", null, null), broken))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).getField()).isEqualTo("steps[1].stage");
                    assertThat(((DomainException) e).getMessageKey()).isEqualTo("document.stage.unknown");
                });

        JourneyDocument.StepDoc first = steps.get(0);
        steps.set(1, new JourneyDocument.StepDoc("P2", "S1", Lane.FRONTSTAGE, "  ", null, null, false, false, null));
        JourneyDocument untitled = new JourneyDocument(good.format(), good.service(), good.name(), null, null, null,
                good.status(), good.stages(), List.of(first, steps.get(1)), List.of());
        assertThatThrownBy(() -> JourneyDocuments.build(new Service("Online store", null, null), untitled))
                .satisfies(e -> {
                    assertThat(((DomainException) e).getField()).isEqualTo("steps[1].title");
                    assertThat(((DomainException) e).getMessageKey()).isEqualTo("step.title.required");
                });
    }

    /** A document of {@code count} steps, every tenth a touchpoint, each step flowing into the next. */
    private static JourneyDocument large(int count) {
        List<JourneyDocument.StepDoc> steps = new ArrayList<>();
        List<JourneyDocument.FlowDoc> flows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JourneyDocument.TouchpointDoc touchpoint = i % 10 == 0
                    ? new JourneyDocument.TouchpointDoc("BIG-" + i, Channel.WEB, null, List.of()) : null;
            steps.add(new JourneyDocument.StepDoc("P" + i, "S" + (i % 20), i % 10 == 0 ? Lane.FRONTSTAGE : Lane.BACKSTAGE,
                    "Step " + i, null, null, false, false, touchpoint));
            if (i > 0) {
                flows.add(new JourneyDocument.FlowDoc("P" + (i - 1), "P" + i, null));
            }
        }
        List<JourneyDocument.StageDoc> stages = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            stages.add(new JourneyDocument.StageDoc("S" + s, "Stage " + s));
        }
        return new JourneyDocument(JourneyDocument.FORMAT, "Online store", "Large", null, null, null,
                JourneyStatus.ACTIVE, stages, steps, flows);
    }

    @Test
    void aDocumentOverALimitIsRefusedNamingThePartAndTheLimitBeforeAnythingIsBuilt() {
        JourneyLimits small = new JourneyLimits(20, 100, 200, 20);

        assertThatThrownBy(() -> JourneyDocuments.build(new Service("Online store", null, null), large(101), small))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).getField()).isEqualTo("steps");
                    assertThat(((DomainException) e).getMessageKey()).isEqualTo("journey.limit.steps");
                    assertThat(((DomainException) e).getArguments()).containsExactly(100);
                });
        assertThat(JourneyDocuments.build(new Service("Online store", null, null), large(100), small).getSteps())
                .hasSize(100);
    }

    @Test
    void aLargeDocumentBuildsWithEveryCellInOrderAndEveryCodeAndFlowChecked() {
        // 30,000 steps: with a scan of the journey per step (as before) this alone took minutes
        JourneyLimits roomy = new JourneyLimits(100, 30_000, 30_000, 20);
        Journey built = JourneyDocuments.build(new Service("Online store", null, null), large(30_000), roomy);

        assertThat(built.getSteps()).hasSize(30_000);
        assertThat(built.getFlows()).hasSize(29_999);
        Stage first = built.getStagesInOrder().get(0);
        assertThat(built.stepsAt(first, Lane.BACKSTAGE)).extracting(Step::getPosition)
                .isEqualTo(java.util.stream.IntStream.range(0, built.stepsAt(first, Lane.BACKSTAGE).size()).boxed().toList());
        assertThat(JourneyDocuments.export(built).steps()).hasSize(30_000);

        JourneyDocument twice = large(30);
        List<JourneyDocument.FlowDoc> flows = new ArrayList<>(twice.flows());
        flows.add(flows.get(0));
        JourneyDocument duplicated = new JourneyDocument(twice.format(), twice.service(), twice.name(), null, null, null,
                twice.status(), twice.stages(), twice.steps(), flows);
        assertThatThrownBy(() -> JourneyDocuments.build(new Service("Online store", null, null), duplicated))
                .satisfies(e -> assertThat(((DomainException) e).getMessageKey()).isEqualTo("flow.duplicate"));
    }
}
