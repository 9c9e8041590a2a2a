package io.blueprint.reports.catalog;

import java.util.List;

/** One service with its journeys, as the catalogue lists it. */
public record ServiceSummary(long id, String name, String description, String owner, List<JourneySummary> journeys)
        implements java.io.Serializable {

    public long stepCount() {
        return journeys.stream().mapToLong(JourneySummary::stepCount).sum();
    }
}
