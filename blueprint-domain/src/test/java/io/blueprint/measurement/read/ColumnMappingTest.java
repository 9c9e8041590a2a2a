package io.blueprint.measurement.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprint.measurement.CesScale;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A source's saved mapping and the label table: what survives saving, and what detection guesses. */
class ColumnMappingTest {

    @Test
    void aMappingIsSavedAsJsonWithPlainFieldNamesAndReadBackTheSame() throws Exception {
        ColumnMapping mapping = new ColumnMapping(Map.of("contact_id", "#17", "started_at", "Start"), "CALL-01",
                "PHONE", "Asia/Seoul", "dd.MM.uuuu HH:mm", CesScale.CES1, 2, false, '\t', "x-windows-949", "Calls");
        ObjectMapper json = new ObjectMapper();
        String saved = json.writeValueAsString(mapping);
        assertThat(json.readTree(saved).fieldNames()).toIterable().containsExactlyInAnyOrder("columns",
                "fixedTouchpoint", "fixedChannel", "zone", "timePattern", "cesScale", "headerRows", "headerless",
                "separator", "encoding", "sheet");
        assertThat(json.readTree(saved).get("separator").asText()).isEqualTo("\t");
        assertThat(json.readValue(saved, ColumnMapping.class)).isEqualTo(mapping);
        ReadOptions options = mapping.readOptions();
        assertThat(options.encoding().name()).isEqualTo("x-windows-949");
        assertThat(options.headerRows()).isEqualTo(2);
        assertThat(options.separator()).isEqualTo('\t');
        assertThat(options.sheet()).isEqualTo("Calls");
    }

    @Test
    void genericHeadersAreMappedByTheNamesTheirFieldsGoBy() throws Exception {
        String text = "Call ID,Caller,Start Time,Queue Time,Talk Time,Resolved,Amount\nA-1,010,2026-03-04 09:00,1:00,2:00,Y,10\n";
        try (Table table = Files.open(text)) {
            ColumnMapping mapping = ColumnMapping.detect(MeasureKind.CONTACT_EVENT, table.description(), table.columns());
            assertThat(mapping.columns()).containsExactlyInAnyOrderEntriesOf(Map.of("contact_id", "Call ID",
                    "started_at", "Start Time", "wait_seconds", "Queue Time", "handle_seconds", "Talk Time",
                    "resolved", "Resolved", "order_value", "Amount"));
            assertThat(mapping.headerRows()).isZero();
            assertThat(mapping.headerless()).isFalse();
        }
    }

    @Test
    void aCesQuestionIsFoundByItsWordingAndDuplicateIdsAreNamedByPosition() {
        List<Column> columns = List.of(new Column(1, "Q1", "Response ID"), new Column(2, "Q2", "How satisfied were you?"),
                new Column(3, "Q2", "The company made it easy for me to handle my issue"));
        FileDescription file = new FileDescription(FileType.CSV, "UTF-8", ',', 1, false, Layout.QUALTRICS_LEGACY,
                List.of(), null);
        ColumnMapping mapping = ColumnMapping.detect(MeasureKind.SURVEY_RESPONSE, file, columns);
        assertThat(mapping.columns()).containsEntry("response_id", "Q1").containsEntry("ces", "#3");
        assertThat(ColumnMapping.resolve("#3", columns)).contains(columns.get(2));
        assertThat(ColumnMapping.resolve("Q2", columns)).contains(columns.get(1));
        assertThat(ColumnMapping.resolve("response id", columns)).contains(columns.get(0));
    }

    @Test
    void cesLabelsInEnglishAndKoreanMatchWhateverTheirCaseAndSpacing() {
        CesLabels labels = CesLabels.defaults();
        assertThat(labels.point(CesScale.CES2, "  strongly   AGREE ")).hasValue(7);
        assertThat(labels.point(CesScale.CES2, "Neither agree nor disagree")).hasValue(4);
        assertThat(labels.point(CesScale.CES2, "전혀 그렇지 않다")).hasValue(1);
        assertThat(labels.point(CesScale.CES2, "약간\u00A0그렇다")).hasValue(5);
        assertThat(labels.point(CesScale.CES1, "Very high effort")).hasValue(5);
        assertThat(labels.point(CesScale.CES1, "매우 적음")).hasValue(1);
        assertThat(labels.point(CesScale.CES1, "Strongly agree")).isEmpty();
    }

    @Test
    void theLabelTableIsASettingThatAddsAndOverridesLabels() {
        CesLabels labels = CesLabels.defaults().with("""
                # our survey's wording
                Totally easy = 7
                [CES1]
                Hardly any effort=1
                Very high effort=4
                """);
        assertThat(labels.point(CesScale.CES2, "totally easy")).hasValue(7);
        assertThat(labels.point(CesScale.CES1, "hardly any effort")).hasValue(1);
        assertThat(labels.point(CesScale.CES1, "very high effort")).hasValue(4);
        assertThat(CesLabels.defaults().point(CesScale.CES1, "very high effort")).hasValue(5);
        assertThatThrownBy(() -> CesLabels.defaults().with("[CES1]\nWay too much=6"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(RowReasons.CES_LABEL_LINE);
                    assertThat(e.getArguments()).containsExactly(2, "Way too much=6");
                });
    }

    @Test
    void theFileTypeIsToldByItsFirstBytes() {
        assertThat(Tables.typeOf("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileType.XLSX);
        assertThat(Tables.typeOf("\uFEFF  [{}]".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.CONNECT_JSON);
        assertThat(Tables.typeOf("{\"ContactId\"".getBytes(StandardCharsets.UTF_16LE))).isEqualTo(FileType.CONNECT_JSON);
        assertThat(Tables.typeOf("contact_id,customer".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.CSV);
    }
}
