package io.blueprint.reports.catalog;

import java.io.Serializable;
import java.time.Instant;

/** One line of the service list. */
public record ServiceRow(long id, long version, String name, String description, String owner, long journeyCount,
                         Instant updatedAt) implements Serializable {
}
