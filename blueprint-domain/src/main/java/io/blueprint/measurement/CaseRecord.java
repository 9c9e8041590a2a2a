package io.blueprint.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/** A service case: opened, closed (null while open), with an optional order value. */
public record CaseRecord(long line, String id, CaseKind kind, String touchpointCode, Instant openedAt,
                         Instant closedAt, String customer, BigDecimal orderValue, String currency)
        implements MeasuredRow {
    @Override
    public Instant at() {
        return openedAt;
    }
}
