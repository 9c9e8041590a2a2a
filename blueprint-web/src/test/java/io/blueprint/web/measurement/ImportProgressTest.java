package io.blueprint.web.measurement;

import io.blueprint.measurement.ImportMode;
import io.blueprint.measurement.ImportStatus;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private static ImportSummary summary(ImportStatus status, long read, long progress, Long total, Instant finished) {
        return new ImportSummary(7, MeasureKind.SURVEY_RESPONSE, 1, "src", "f.csv", ImportMode.PARTIAL, status, "ops",
                START, finished, read, read, 0, 0, 0, progress, total, 100L, "UTF-8", ",", 1, "BLUEPRINT", List.of(),
                null, null);
    }

    @Test
    void aRunningImportShowsRowsDoneOfTheTotalAndRowsPerSecondSinceItStarted() {
        ImportProgress progress = ImportProgress.of(summary(ImportStatus.RUNNING, 0, 2_500, 10_000L, null),
                START.plusSeconds(5));
        assertThat(progress).isEqualTo(new ImportProgress(2_500, 10_000L, 25, 500, true));
    }

    @Test
    void whileTheRowsAreCountedThereIsNoTotalAndNothingDone() {
        ImportProgress progress = ImportProgress.of(summary(ImportStatus.RUNNING, 0, 0, null, null), START.plusSeconds(1));
        assertThat(progress.rowsTotal()).isNull();
        assertThat(progress.percent()).isZero();
    }

    @Test
    void aFinishedImportIsAtItsEndWithTheRateOfItsWholeRun() {
        ImportProgress progress = ImportProgress.of(summary(ImportStatus.COMPLETED, 3_000, 3_000, 3_000L,
                START.plusSeconds(2)), START.plusSeconds(60));
        assertThat(progress).isEqualTo(new ImportProgress(3_000, 3_000L, 100, 1_500, false));
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        assertThat(ImportProgress.bytes(512L << 20)).isEqualTo("512 MiB");
        assertThat(ImportProgress.bytes(2L << 30)).isEqualTo("2 GiB");
        assertThat(ImportProgress.bytes(10_240)).isEqualTo("10 KiB");
        assertThat(ImportProgress.bytes(900)).isEqualTo("900 bytes");
    }
}
