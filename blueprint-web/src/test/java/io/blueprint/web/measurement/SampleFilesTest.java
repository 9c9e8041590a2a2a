package io.blueprint.web.measurement;

import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.read.CesLabels;
import io.blueprint.measurement.read.ColumnMapping;
import io.blueprint.measurement.read.Layout;
import io.blueprint.measurement.read.MappedRow;
import io.blueprint.measurement.read.ReadOptions;
import io.blueprint.measurement.read.RowMapper;
import io.blueprint.measurement.read.SourceRow;
import io.blueprint.measurement.read.Table;
import io.blueprint.measurement.read.Tables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SampleFilesTest {

    @ParameterizedTest
    @EnumSource(MeasureKind.class)
    void eachSampleIsBlueprintCsvWhoseTwoRowsImportWithoutAProblem(MeasureKind kind) throws Exception {
        try (Table table = Tables.open(new ByteArrayInputStream(SampleFiles.csv(kind)), ReadOptions.detect())) {
            assertThat(table.description().layout()).isEqualTo(Layout.BLUEPRINT);
            ColumnMapping mapping = ColumnMapping.detect(kind, table.description(), table.columns());
            RowMapper mapper = new RowMapper(kind, mapping, table.columns(), ZoneId.of("Asia/Seoul"),
                    Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), CesLabels.defaults());
            assertThat(mapper.missingFields()).isEmpty();
            List<MappedRow> rows = new ArrayList<>();
            for (SourceRow row = table.next(); row != null; row = table.next()) {
                rows.add(mapper.map(row));
            }
            assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.problems()).isEmpty());
        }
        assertThat(SampleFiles.fileName(kind)).isEqualTo("blueprint-" + kind.slug() + "-sample.csv");
    }
}
