package io.blueprint.reports.effort.export;

import io.blueprint.reports.export.CsvReading;
import io.blueprint.reports.export.ExportFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EffortCsvExporterTest {

    private static byte[] csv(EffortExport export) {
        return EffortExporter.write(ExportFormat.CSV, export, EffortFixtures.KEYS).content();
    }

    @Test
    void startsWithTheByteOrderMarkAndHoldsTheTouchpointTableWithSubtotals() throws IOException {
        byte[] csv = csv(EffortFixtures.export());

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CsvReading.records(csv);
        assertThat(records).hasSize(1 + 3 + 2 + 1);
        CSVRecord header = records.get(0);
        assertThat(header.get(0)).isEqualTo("report.col.touchpoint");
        int mean = header.toList().indexOf("report.export.col.cesMean");
        int fcr = header.toList().indexOf("report.col.fcr");
        assertThat(records.get(3).get(0)).isEqualTo("RET-CALL-01");
        assertThat(records.get(3).get(1)).isEqualTo("환불 문의 전화");
        assertThat(records.get(3).get(mean)).isEqualTo("4.2");
        assertThat(records.get(3).get(fcr)).as("a share as its fraction").isEqualTo("0.62");
        assertThat(records.get(2).get(mean)).as("not measured").isEmpty();
        assertThat(records.get(6).get(1)).isEqualTo("report.export.journeyTotal");
        assertThat(records.get(6).get(mean)).isEqualTo("5.2556");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void aCodeThatStartsAFormulaIsNeutralised() throws IOException {
        byte[] csv = csv(EffortFixtures.export(EffortFixtures.call("=HYPERLINK(\"http://evil\")")));

        List<CSVRecord> records = CsvReading.records(csv);
        assertThat(records.get(3).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.stream().flatMap(r -> r.toList().stream())).noneMatch(cell -> cell.startsWith("="));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(csv(EffortFixtures.export())).isEqualTo(csv(EffortFixtures.export()));
    }
}
