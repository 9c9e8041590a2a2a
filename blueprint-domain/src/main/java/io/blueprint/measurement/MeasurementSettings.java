package io.blueprint.measurement;

import java.time.ZoneId;

/**
 * The import's settings; the web module reads them from MicroProfile Config.
 *
 * @param zone          the company's zone: the day of a row, and the zone of times given without an offset
 * @param customerKey   the HMAC-SHA-256 key customers are hashed with; null when none is configured
 * @param batchRows     rows stored per transaction (a killed server loses at most the batch it was writing)
 * @param maxFileBytes  the largest file an import accepts
 * @param maxAtomicRows the most rows an {@code atomic} import may hold in its one transaction
 * @param maxFeedRows   the most rows of one JSON batch from a feed
 * @param maxProblems   the most problems an error report keeps (rows rejected beyond it are still counted)
 * @param cesLabels     extra CES label lines ({@code label=point} per line, {@code CES1:} or {@code CES2:} first), or empty
 */
public record MeasurementSettings(ZoneId zone, byte[] customerKey, int batchRows, long maxFileBytes, long maxAtomicRows,
                                  int maxFeedRows, int maxProblems, String cesLabels) {

    public static final int DEFAULT_BATCH_ROWS = 10_000;

    public MeasurementSettings {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be at least 1");
        }
        customerKey = customerKey == null ? null : customerKey.clone();
        cesLabels = cesLabels == null ? "" : cesLabels;
    }

    /** The defaults: Seoul, no key, 5,000 rows a batch, 512 MiB files, 200,000 atomic rows, 10,000 feed rows. */
    public static MeasurementSettings defaults() {
        return new MeasurementSettings(ZoneId.of("Asia/Seoul"), null, DEFAULT_BATCH_ROWS, 512L << 20, 200_000, 10_000,
                10_000, "");
    }

    @Override
    public byte[] customerKey() {
        return customerKey == null ? null : customerKey.clone();
    }
}
