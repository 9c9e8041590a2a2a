package io.blueprint.reports.outcome.export;

import io.blueprint.reports.export.CsvReading;
import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.outcome.GuaranteeOutcomeReport;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeCsvExporterTest {

    private static byte[] csv(GuaranteeOutcomeReport report) {
        return GuaranteeReportExporter.write(ExportFormat.CSV, report, OutcomeFixtures.KEYS).content();
    }

    @Test
    void startsWithTheByteOrderMarkAndHoldsARowPerGuaranteeWithFiguresForScripts() throws IOException {
        byte[] csv = csv(OutcomeFixtures.report());

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
        List<CSVRecord> records = CsvReading.records(csv);
        assertThat(records).hasSize(1 + 3);
        List<String> header = records.get(0).toList();
        assertThat(header.get(0)).isEqualTo("guaranteeReport.col.code");
        CSVRecord call = records.get(1);
        assertThat(call.get(0)).isEqualTo("CARE-CALL-2MIN");
        assertThat(call.get(header.indexOf("guaranteeReport.col.measured"))).isEqualTo("930");
        assertThat(call.get(header.indexOf("guaranteeReport.col.breachRate"))).as("a rate as its fraction").isEqualTo("0.1");
        assertThat(call.get(header.indexOf("guaranteeReport.col.expectedCost"))).isEqualTo("94000");
        assertThat(call.get(header.indexOf("guaranteeReport.col.currency"))).isEqualTo("KRW");
        CSVRecord unmeasurable = records.get(3);
        assertThat(unmeasurable.get(header.indexOf("guaranteeReport.col.measured"))).as("not zero").isEmpty();
        assertThat(unmeasurable.get(header.indexOf("guaranteeReport.col.notMeasured")))
                .isEqualTo("guaranteeReport.unmeasurable.NO_MEASUREMENT");
    }

    @Test
    void aTitleThatStartsAFormulaIsNeutralised() throws IOException {
        byte[] csv = csv(OutcomeFixtures.report("=HYPERLINK(\"http://evil.example/\",\"Refund\")"));

        List<CSVRecord> records = CsvReading.records(csv);
        int title = records.get(0).toList().indexOf("guaranteeReport.col.title");
        assertThat(records.get(2).get(title)).isEqualTo("'=HYPERLINK(\"http://evil.example/\",\"Refund\")");
        assertThat(records.stream().flatMap(r -> r.toList().stream())).noneMatch(cell -> cell.startsWith("="));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(csv(OutcomeFixtures.report())).isEqualTo(csv(OutcomeFixtures.report()));
    }
}
