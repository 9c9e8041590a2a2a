package io.blueprint.reports.effort.export;

import io.blueprint.reports.policy.export.ExportFormat;
import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffortExportTest {

    @Test
    void theFileIsNamedForTheJourneysCodePrefixAndThePeriod() {
        assertThat(EffortFixtures.export().fileName(ExportFormat.PDF)).isEqualTo("effort-report-RET-2026-11-01-2026-11-30.pdf");
        assertThat(EffortFixtures.export(EffortFixtures.call("CARE-CALL-01")).fileName(ExportFormat.CSV))
                .as("codes without one prefix").isEqualTo("effort-report-journey-7-2026-11-01-2026-11-30.csv");
    }

    @Test
    void pdfXlsxAndCsvAreTheFormatsAndAnythingElseIsRefusedNamingTheParameter() {
        assertThat(EffortExporter.format(" PDF ")).isEqualTo(ExportFormat.PDF);
        assertThat(EffortExporter.format("xlsx")).isEqualTo(ExportFormat.XLSX);
        assertThat(EffortExporter.format("csv")).isEqualTo(ExportFormat.CSV);
        for (String bad : new String[]{"json", "docx", "", null}) {
            assertThatThrownBy(() -> EffortExporter.format(bad)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.getMessageKey()).isEqualTo("report.export.format");
                assertThat(e.getField()).isEqualTo("format");
            });
        }
    }

    @Test
    void figuresAreWrittenInTheReadersLanguage() {
        EffortFigures english = new EffortFigures(Locale.ENGLISH);
        assertThat(english.number(1234.5678, 2)).isEqualTo("1,234.57");
        assertThat(english.percent(0.125)).isEqualTo("12.5%");
        assertThat(english.pValue(0.0004)).isEqualTo("< 0.001");
        assertThat(english.pValue(0.0321)).isEqualTo("0.032");
        assertThat(english.number(null, 2)).isEqualTo("–");
        assertThat(new EffortFigures(Locale.GERMAN).number(4.5, 1)).isEqualTo("4,5");
    }
}
