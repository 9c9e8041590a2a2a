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
                    assertThat(((DomainException) e).getField()).isEqualTo("steps[1]");
                    assertThat(((DomainException) e).getMessageKey()).isEqualTo("step.title.required");
                });
    }
}
