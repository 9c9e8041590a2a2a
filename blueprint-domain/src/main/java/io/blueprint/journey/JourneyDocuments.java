package io.blueprint.journey;

import io.blueprint.shared.DomainException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns journeys into {@link JourneyDocument}s and back. */
public final class JourneyDocuments {

    private JourneyDocuments() {
    }

    public static JourneyDocument export(Journey journey) {
        Map<Stage, String> stageKeys = new IdentityHashMap<>();
        List<JourneyDocument.StageDoc> stages = new ArrayList<>();
        for (Stage stage : journey.getStagesInOrder()) {
            String key = "S" + (stages.size() + 1);
            stageKeys.put(stage, key);
            stages.add(new JourneyDocument.StageDoc(key, stage.getName()));
        }
        Map<Step, String> stepKeys = new IdentityHashMap<>();
        Map<Step, Integer> stepOrder = new IdentityHashMap<>();
        List<JourneyDocument.StepDoc> steps = new ArrayList<>();
        for (Step step : journey.getStepsInOrder()) {
            String key = "P" + (steps.size() + 1);
            stepOrder.put(step, steps.size());
            stepKeys.put(step, key);
            steps.add(new JourneyDocument.StepDoc(key, stageKeys.get(step.getStage()), step.getLane(), step.getTitle(),
                    step.getDescription(), step.getOwningTeam(), step.isFailPoint(), step.isWaitPoint(),
                    journey.touchpointOf(step).map(JourneyDocuments::touchpoint).orElse(null)));
        }
        List<JourneyDocument.FlowDoc> flows = journey.getFlows().stream()
                .sorted(Comparator.comparing((Flow f) -> stepOrder.get(f.getFrom()))
                        .thenComparing(f -> stepOrder.get(f.getTo())))
                .map(f -> new JourneyDocument.FlowDoc(stepKeys.get(f.getFrom()), stepKeys.get(f.getTo()), f.getLabel()))
                .toList();
        return new JourneyDocument(JourneyDocument.FORMAT, journey.getService().getName(), journey.getName(),
                journey.getPersona(), journey.getDescription(), journey.getOwner(), journey.getStatus(),
                stages, steps, flows);
    }

    private static JourneyDocument.TouchpointDoc touchpoint(Touchpoint touchpoint) {
        EffortPlan plan = touchpoint.getEffortPlan();
        JourneyDocument.EffortPlanDoc planDoc = plan == null ? null : new JourneyDocument.EffortPlanDoc(
                plan.getTargetCes(), plan.getMaxSteps(), plan.getMaxHandoffs(), plan.getMaxWaitSeconds(),
                plan.getTargetFcrPercent());
        List<JourneyDocument.KpiDoc> kpis = touchpoint.getKpis().stream()
                .map(k -> new JourneyDocument.KpiDoc(k.getMetric(), k.getTarget(), k.getUnit(), k.getDirection(),
                        k.getOwner()))
                .toList();
        return new JourneyDocument.TouchpointDoc(touchpoint.getCode(), touchpoint.getChannel(), planDoc, kpis);
    }

    /**
     * Builds a new journey of {@code service} from a document. Every broken rule is reported with
     * the path of the offending part, e.g. {@code steps[3].title}.
     */
    public static Journey build(Service service, JourneyDocument document) {
        return build(service, document, JourneyLimits.defaults());
    }

    /**
     * The same, within {@code limits}: the counts are checked before anything is built, and the
     * build is linear in the document's size (keys, cells, codes and flows are looked up in maps).
     */
    public static Journey build(Service service, JourneyDocument document, JourneyLimits limits) {
        if (document == null || !JourneyDocument.FORMAT.equals(document.format())) {
            throw new DomainException("document.format", JourneyDocument.FORMAT).at("format");
        }
        limits.stages(nonNull(document.stages()).size(), "stages");
        limits.steps(nonNull(document.steps()).size(), "steps");
        limits.flows(nonNull(document.flows()).size(), "flows");
        for (int i = 0; i < nonNull(document.steps()).size(); i++) {
            JourneyDocument.TouchpointDoc touchpoint = document.steps().get(i).touchpoint();
            if (touchpoint != null) {
                limits.kpis(nonNull(touchpoint.kpis()).size(), "steps[" + i + "].touchpoint.kpis");
            }
        }
        Journey journey = at("name", () -> service.startJourney(document.name(), document.persona()));
        at("description", () -> {
            journey.describe(document.description(), document.owner());
            return null;
        });
        if (document.status() == JourneyStatus.ARCHIVED) {
            journey.archive();
        }
        Map<String, Stage> stages = new HashMap<>();
        List<JourneyDocument.StageDoc> stageDocs = nonNull(document.stages());
        for (int i = 0; i < stageDocs.size(); i++) {
            JourneyDocument.StageDoc doc = stageDocs.get(i);
            String path = "stages[" + i + "]";
            Stage stage = at(path + ".name", () -> journey.addStage(doc.name()));
            if (doc.key() == null || stages.putIfAbsent(doc.key(), stage) != null) {
                throw new DomainException("document.key.duplicate", doc.key()).at(path + ".key");
            }
        }
        Map<String, Step> steps = new HashMap<>();
        Map<String, Integer> cellSizes = new HashMap<>();
        Map<String, Step> codes = new HashMap<>();
        List<JourneyDocument.StepDoc> stepDocs = nonNull(document.steps());
        for (int i = 0; i < stepDocs.size(); i++) {
            JourneyDocument.StepDoc doc = stepDocs.get(i);
            String path = "steps[" + i + "]";
            Stage stage = stages.get(doc.stage());
            if (stage == null) {
                throw new DomainException("document.stage.unknown", doc.stage()).at(path + ".stage");
            }
            if (doc.lane() == null) {
                throw new DomainException("document.lane.required").at(path + ".lane");
            }
            int position = cellSizes.merge(doc.stage() + "\u0000" + doc.lane(), 1, Integer::sum) - 1;
            Step step = at(path, () -> journey.appendStep(stage, doc.lane(), doc.title(), position));
            at(path, () -> {
                step.edit(doc.title(), doc.description(), doc.owningTeam(), doc.failPoint(), doc.waitPoint());
                return null;
            });
            if (doc.key() == null || steps.putIfAbsent(doc.key(), step) != null) {
                throw new DomainException("document.key.duplicate", doc.key()).at(path + ".key");
            }
            if (doc.touchpoint() != null) {
                at(path + ".touchpoint", () -> touchpoint(journey, step, doc.touchpoint(), codes));
            }
        }
        Set<String> arrows = new HashSet<>();
        List<JourneyDocument.FlowDoc> flowDocs = nonNull(document.flows());
        for (int i = 0; i < flowDocs.size(); i++) {
            JourneyDocument.FlowDoc doc = flowDocs.get(i);
            String path = "flows[" + i + "]";
            Step from = steps.get(doc.from());
            Step to = steps.get(doc.to());
            if (from == null || to == null) {
                throw new DomainException("document.step.unknown", from == null ? doc.from() : doc.to()).at(path);
            }
            if (!arrows.add(doc.from() + "\u0000" + doc.to())) {
                throw new DomainException("flow.duplicate", from.getTitle(), to.getTitle()).at(path);
            }
            at(path, () -> journey.appendFlow(from, to, doc.label()));
        }
        return journey;
    }

    private static Touchpoint touchpoint(Journey journey, Step step, JourneyDocument.TouchpointDoc doc,
                                         Map<String, Step> codes) {
        String code = Touchpoint.normaliseCode(doc.code());
        Step holder = codes.putIfAbsent(code, step);
        if (holder != null) {
            throw Touchpoint.codeTakenBy(code, holder, journey);
        }
        Touchpoint touchpoint = journey.appendTouchpoint(step, code, doc.channel());
        JourneyDocument.EffortPlanDoc plan = doc.effortPlan();
        if (plan != null) {
            touchpoint.plan(new EffortPlan(plan.targetCes(), plan.maxSteps(), plan.maxHandoffs(),
                    plan.maxWaitSeconds(), plan.targetFcrPercent()));
        }
        List<JourneyDocument.KpiDoc> kpis = nonNull(doc.kpis());
        for (int i = 0; i < kpis.size(); i++) {
            JourneyDocument.KpiDoc kpi = kpis.get(i);
            at("kpis[" + i + "]", () -> touchpoint.addKpi(kpi.metric(), kpi.target(), kpi.unit(), kpi.direction(),
                    kpi.owner()));
        }
        return touchpoint;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T at(String path, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            throw e.at(path);
        } catch (NullPointerException e) {
            throw new DomainException("document.value.required").at(path);
        }
    }
}
