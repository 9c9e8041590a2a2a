package io.blueprint.reports.effort;

import java.util.List;

/** The journey a report is about: its service (whose rollups hold the measurements) and its touchpoints in order. */
record ReportedJourney(long id, String name, long serviceId, List<PlannedTouchpoint> touchpoints) {

    List<String> codes() {
        return touchpoints.stream().map(PlannedTouchpoint::code).toList();
    }
}
