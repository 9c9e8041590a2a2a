package io.blueprint.web.measurement;

import io.blueprint.measurement.ImportStatus;
import io.blueprint.measurement.ImportSummary;

import java.time.Duration;
import java.time.Instant;

/**
 * How far an import has come, as the progress bar shows it: rows done of rows total, the share in
 * percent, and the rows per second since it started.
 *
 * @param rowsTotal null while the file's rows are still being counted
 */
public record ImportProgress(long rowsDone, Long rowsTotal, int percent, long rowsPerSecond, boolean running) {

    public static ImportProgress of(ImportSummary summary, Instant now) {
        Double fraction = summary.fractionDone();
        int percent = fraction == null ? 0 : (int) Math.floor(fraction * 100);
        Instant end = summary.finishedAt() == null ? now : summary.finishedAt();
        long millis = Math.max(1, Duration.between(summary.startedAt(), end).toMillis());
        long done = summary.status() == ImportStatus.RUNNING ? summary.progressRows() : summary.read();
        return new ImportProgress(done, summary.rowsTotal(), percent, Math.round(done * 1000.0 / millis),
                summary.status() == ImportStatus.RUNNING);
    }

    /** A size as people read it: "512 MiB", "10 KiB", "900 bytes". */
    public static String bytes(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return Math.round(bytes / (double) (1L << 20)) + " MiB";
        }
        if (bytes >= 1L << 10) {
            return Math.round(bytes / (double) (1L << 10)) + " KiB";
        }
        return bytes + " bytes";
    }
}
