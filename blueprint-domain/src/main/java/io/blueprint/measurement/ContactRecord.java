package io.blueprint.measurement;

import io.blueprint.journey.Channel;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A contact event. {@code updatedAt} is the source's own version of the record (an Amazon Connect
 * contact trace record's LastUpdateTimestamp): a later copy of the same contact replaces the stored
 * one; null for sources without versions.
 */
public record ContactRecord(long line, String id, String customer, String touchpointCode, Instant startedAt,
                            Channel channel, int waitSeconds, int handleSeconds, int transfers, boolean resolved,
                            boolean abandoned, Instant resolvedAt, BigDecimal orderValue, String currency,
                            Instant updatedAt) implements MeasuredRow {
    @Override
    public Instant at() {
        return startedAt;
    }
}
