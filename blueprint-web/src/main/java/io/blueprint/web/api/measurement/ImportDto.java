package io.blueprint.web.api.measurement;

import io.blueprint.measurement.ImportSummary;
import io.blueprint.web.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An import as the API answers it: what came in, what was stored, and while it runs how far it is.
 *
 * @param progress rows gone through of the file's rows (counted before storing starts)
 */
@Schema(name = "Import", description = "An import of measured data: its counts, how the file was read, and its progress")
public record ImportDto(long id,
                        @Schema(enumeration = {"survey-responses", "contact-events", "service-cases"}) String kind,
                        long serviceId, String source, String fileName,
                        @Schema(enumeration = {"partial", "atomic"}) String mode,
                        @Schema(enumeration = {"RUNNING", "COMPLETED", "REJECTED", "FAILED", "INTERRUPTED"}) String status,
                        String actor, long read, long stored, long updated, long duplicates, long rejected,
                        String encoding, String separator, Integer headerRows, String layout,
                        List<UnknownCodeDto> unknownCodes, Instant startedAt, Instant finishedAt,
                        ProgressDto progress, FailureDto failure) {

    /** A touchpoint code the service does not have, and how many rows named it. */
    @Schema(name = "UnknownCode")
    public record UnknownCodeDto(String code, long rows) {
    }

    /** How far a running import is. */
    @Schema(name = "ImportProgress")
    public record ProgressDto(long rowsDone, Long rowsTotal, Double fraction) {
    }

    /** Why an import stopped: a message key, its wording in the reader's language, and the line it names. */
    @Schema(name = "ImportFailure")
    public record FailureDto(String code, String message, Long line) {
    }

    public static ImportDto of(ImportSummary summary, Locale locale) {
        FailureDto failure = summary.failure() == null ? null : new FailureDto(summary.failure(),
                Messages.format(locale, summary.failure(), summary.failureLine() == null ? "?" : summary.failureLine()),
                summary.failureLine());
        return new ImportDto(summary.id(), summary.kind().slug(), summary.serviceId(), summary.source(), summary.fileName(),
                summary.mode().name().toLowerCase(Locale.ROOT), summary.status().name(), summary.actor(), summary.read(),
                summary.stored(), summary.updated(), summary.duplicates(), summary.rejected(), summary.encoding(),
                summary.separator(), summary.headerRows(), summary.layout(),
                summary.unknownCodes().stream().map(c -> new UnknownCodeDto(c.code(), c.rows())).toList(),
                summary.startedAt(), summary.finishedAt(),
                new ProgressDto(summary.progressRows(), summary.rowsTotal(), summary.fractionDone()), failure);
    }
}
