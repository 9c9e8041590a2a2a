package io.blueprint.reports.export;

import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFileTest {

    @Test
    void pdfXlsxAndCsvAreTheFormatsAndAnythingElseIsRefusedNamingTheParameter() {
        assertThat(ReportFile.format(" PDF ")).isEqualTo(ExportFormat.PDF);
        assertThat(ReportFile.format("xlsx")).isEqualTo(ExportFormat.XLSX);
        assertThat(ReportFile.format("csv")).isEqualTo(ExportFormat.CSV);
        for (String bad : new String[]{"json", "docx", "", null}) {
            assertThatThrownBy(() -> ReportFile.format(bad)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.getMessageKey()).isEqualTo("report.export.format");
                assertThat(e.getField()).isEqualTo("format");
            });
        }
    }

    @Test
    void figuresAreWrittenInTheReadersLanguage() {
        ReportFigures english = new ReportFigures(Locale.ENGLISH);
        assertThat(english.number(1234.5678, 2)).isEqualTo("1,234.57");
        assertThat(english.percent(0.125)).isEqualTo("12.5%");
        assertThat(english.pValue(0.0004)).isEqualTo("< 0.001");
        assertThat(english.pValue(0.0321)).isEqualTo("0.032");
        assertThat(english.number(null, 2)).isEqualTo("–");
        assertThat(new ReportFigures(Locale.GERMAN).number(4.5, 1)).isEqualTo("4,5");
    }
}
