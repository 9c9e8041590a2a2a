package io.blueprint.measurement;

import java.time.Instant;
import java.util.List;

/**
 * What an import did, as its history shows it and the API answers it: counts of rows read, stored,
 * updated (a later copy replaced a stored row), duplicate (stored before, unchanged) and rejected;
 * how the file was read; while it runs, the progress.
 *
 * @param progressRows rows gone through so far (equals {@code read} once finished)
 * @param rowsTotal    the rows of the whole file, counted before storing starts; null until then
 * @param fileBytes    the size of the file, when it came as a file
 */
public record ImportSummary(long id, MeasureKind kind, long serviceId, String source, String fileName, ImportMode mode,
                            ImportStatus status, String actor, Instant startedAt, Instant finishedAt,
                            long read, long stored, long updated, long duplicates, long rejected,
                            long progressRows, Long rowsTotal, Long fileBytes,
                            String encoding, String separator, Integer headerRows, String layout,
                            List<UnknownCode> unknownCodes, String failure, Long failureLine) {

    /** A touchpoint code the service has no touchpoint for, and how many rows of the import named it. */
    public record UnknownCode(String code, long rows) {
    }

    public ImportSummary {
        unknownCodes = List.copyOf(unknownCodes);
    }

    /** The same import with these unknown codes. */
    public ImportSummary withUnknownCodes(List<UnknownCode> codes) {
        return new ImportSummary(id, kind, serviceId, source, fileName, mode, status, actor, startedAt, finishedAt, read,
                stored, updated, duplicates, rejected, progressRows, rowsTotal, fileBytes, encoding, separator, headerRows,
                layout, codes, failure, failureLine);
    }

    /** The share of the file done, 0–1, or null while the rows are still being counted. */
    public Double fractionDone() {
        if (status != ImportStatus.RUNNING) {
            return 1.0;
        }
        return rowsTotal == null ? null : rowsTotal == 0 ? 1.0 : Math.min(1.0, (double) progressRows / rowsTotal);
    }
}
