package io.blueprint.reports.effort.export;

import io.blueprint.reports.export.ExportFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EffortExportTest {

    @Test
    void theFileIsNamedForTheJourneysCodePrefixAndThePeriod() {
        assertThat(EffortFixtures.export().fileName(ExportFormat.PDF)).isEqualTo("effort-report-RET-2026-11-01-2026-11-30.pdf");
        assertThat(EffortFixtures.export(EffortFixtures.call("CARE-CALL-01")).fileName(ExportFormat.CSV))
                .as("codes without one prefix").isEqualTo("effort-report-journey-7-2026-11-01-2026-11-30.csv");
    }
}
