package io.blueprint.journey;

import java.util.ArrayList;
import java.util.List;

/** Checks a blueprint against the design rules; pure, so the editor and the API show the same findings. */
public final class DesignChecks {

    private DesignChecks() {
    }

    public static List<DesignFinding> check(Journey journey) {
        List<DesignFinding> findings = new ArrayList<>();
        for (Stage stage : journey.getStagesInOrder()) {
            List<Step> actions = journey.stepsAt(stage, Lane.CUSTOMER_ACTIONS);
            if (actions.isEmpty()) {
                findings.add(new DesignFinding(DesignFinding.Kind.STAGE_WITHOUT_CUSTOMER_ACTION,
                        stage.getId(), stage.getName(), null, null));
            }
            boolean answered = !journey.stepsAt(stage, Lane.FRONTSTAGE).isEmpty();
            for (Step action : actions) {
                if (!answered && !isSelfService(journey, action) && !flowsToFrontstage(journey, action)) {
                    findings.add(finding(DesignFinding.Kind.CUSTOMER_ACTION_WITHOUT_COUNTERPART, action));
                }
            }
        }
        for (Step step : journey.getStepsInOrder()) {
            journey.touchpointOf(step).ifPresent(touchpoint -> {
                if (step.getOwningTeam() == null) {
                    findings.add(finding(DesignFinding.Kind.TOUCHPOINT_WITHOUT_OWNER, step));
                }
                if (!touchpoint.hasEffortPlan()) {
                    findings.add(finding(DesignFinding.Kind.TOUCHPOINT_WITHOUT_EFFORT_PLAN, step));
                }
            });
            if (step.isFailPoint() && journey.flowsFrom(step).isEmpty()) {
                findings.add(finding(DesignFinding.Kind.FAIL_POINT_WITHOUT_RECOVERY, step));
            }
        }
        return findings;
    }

    private static boolean isSelfService(Journey journey, Step step) {
        return journey.touchpointOf(step).map(t -> t.getChannel().isSelfService()).orElse(false);
    }

    private static boolean flowsToFrontstage(Journey journey, Step step) {
        return journey.flowsFrom(step).stream().anyMatch(f -> f.getTo().getLane() == Lane.FRONTSTAGE);
    }

    private static DesignFinding finding(DesignFinding.Kind kind, Step step) {
        return new DesignFinding(kind, step.getStage().getId(), step.getStage().getName(), step.getId(), step.getTitle());
    }
}
