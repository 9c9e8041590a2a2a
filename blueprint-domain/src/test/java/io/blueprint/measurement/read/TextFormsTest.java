package io.blueprint.measurement.read;

import io.blueprint.measurement.CesScale;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.SurveyAnswer;
import io.blueprint.journey.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.blueprint.measurement.read.Files.open;
import static io.blueprint.measurement.read.Files.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Blueprint survey files generated in every encoding, separator, line ending and quoting a spreadsheet program writes. */
class TextFormsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Rows with Korean text (a CES label, customers' names), one with a line break inside a quoted cell. */
    private static List<List<String>> records() {
        List<List<String>> records = new ArrayList<>();
        records.add(MeasureKind.SURVEY_RESPONSE.fields());
        records.add(List.of("R1", "RET-CALL-01", "2026-03-04T09:15:00", "phone", "매우 그렇다", "CES2", "5", "9", "김철수"));
        records.add(List.of("R2", "ret-web-02", "2026-03-04 09:20", "web", "3", "CES1", "", "", "이영희\n서울 지점"));
        for (int i = 3; i <= 12; i++) {
            records.add(List.of("R" + i, "RET-CALL-01", "3/4/2026 10:" + (10 + i), "", "약간 그렇다", "CES2", "", "10",
                    "고객 " + i + " 님, 안녕하세요"));
        }
        return records;
    }

    private static String text(char separator, String lineEnd, boolean finalNewline) {
        StringBuilder text = new StringBuilder();
        List<List<String>> records = records();
        for (int r = 0; r < records.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (String cell : records.get(r)) {
                boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\n") || cell.contains(",");
                cells.add(quote ? '"' + cell + '"' : cell);
            }
            text.append(String.join(String.valueOf(separator), cells));
            // "mix": LF after odd records, CRLF after even ones
            String end = lineEnd.equals("mix") ? (r % 2 == 0 ? "\r\n" : "\n") : lineEnd;
            if (r < records.size() - 1 || finalNewline) {
                text.append(end);
            }
        }
        return text.toString();
    }

    private static byte[] encode(String text, Charset charset, byte... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    static Stream<Arguments> encodings() {
        String text = text(',', "\r\n", true);
        return Stream.of(
                Arguments.of("UTF-8", encode(text, StandardCharsets.UTF_8)),
                Arguments.of("UTF-8", encode(text, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)),
                Arguments.of("UTF-16LE", encode(text, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE)),
                Arguments.of("UTF-16BE", encode(text, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF)),
                Arguments.of("x-windows-949", encode(text, Charset.forName("x-windows-949"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void everyEncodingIsDetectedAndItsKoreanTextRead(String encoding, byte[] bytes) throws Exception {
        try (Table table = open(bytes, ReadOptions.detect())) {
            assertThat(table.description().encoding()).isEqualTo(encoding);
            assertThat(table.description().layout()).isEqualTo(Layout.BLUEPRINT);
            assertThat(table.columns().get(0).id()).isEqualTo("response_id");
            assertAnswers(table);
        }
    }

    static Stream<Arguments> shapes() {
        List<Arguments> shapes = new ArrayList<>();
        for (char separator : new char[]{',', ';', '\t'}) {
            for (String end : List.of("\n", "\r\n", "mix")) {
                for (boolean finalNewline : new boolean[]{true, false}) {
                    shapes.add(Arguments.of(separator, end, finalNewline));
                }
            }
        }
        return shapes.stream();
    }

    @ParameterizedTest(name = "separator {0}, line end {1}, final newline {2}")
    @MethodSource("shapes")
    void everySeparatorAndLineEndingIsRead(char separator, String lineEnd, boolean finalNewline) throws Exception {
        try (Table table = open(text(separator, lineEnd, finalNewline).getBytes(StandardCharsets.UTF_8),
                ReadOptions.detect())) {
            assertThat(table.description().separator()).isEqualTo(separator);
            assertAnswers(table);
        }
    }

    /** The mapped values of the generated rows, whatever the file's form. */
    private static void assertAnswers(Table table) throws Exception {
        RowMapper mapper = new RowMapper(MeasureKind.SURVEY_RESPONSE,
                ColumnMapping.detect(MeasureKind.SURVEY_RESPONSE, table.description(), table.columns()),
                table.columns(), SEOUL, NOW, CesLabels.defaults());
        assertThat(mapper.missingFields()).isEmpty();
        List<SurveyAnswer> answers = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (SourceRow row = table.next(); row != null; row = table.next()) {
            MappedRow mapped = mapper.map(row);
            assertThat(mapped.problems()).as("line %d", row.line()).isEmpty();
            answers.add((SurveyAnswer) mapped.row());
            lines.add(row.line());
        }
        assertThat(answers).hasSize(12);
        // the second record spans lines 3 and 4
        assertThat(lines).startsWith(2L, 3L, 5L).endsWith(14L);
        SurveyAnswer first = answers.get(0);
        assertThat(first.ces()).isEqualTo(7);
        assertThat(first.scale()).isEqualTo(CesScale.CES2);
        assertThat(first.answeredAt()).isEqualTo(Instant.parse("2026-03-04T00:15:00Z"));
        assertThat(first.channel()).isEqualTo(Channel.PHONE);
        assertThat(first.csat()).isEqualTo(5);
        assertThat(first.nps()).isEqualTo(9);
        assertThat(first.customer()).isEqualTo("김철수");
        SurveyAnswer second = answers.get(1);
        assertThat(second.touchpointCode()).isEqualTo("RET-WEB-02");
        assertThat(second.scale()).isEqualTo(CesScale.CES1);
        assertThat(second.ces()).isEqualTo(3);
        assertThat(second.csat()).isNull();
        assertThat(second.customer()).isEqualTo("이영희\n서울 지점");
        assertThat(answers.get(11).answeredAt()).isEqualTo(Instant.parse("2026-03-04T01:22:00Z"));
        assertThat(answers.get(11).ces()).isEqualTo(5);
        assertThat(answers.get(11).channel()).isNull();
    }

    @Test
    void optionsOverrideWhatDetectionWouldSay() throws Exception {
        String text = "case_id;kind\nC1;refund\n";
        try (Table table = open(text.getBytes(StandardCharsets.ISO_8859_1),
                ReadOptions.detect().withSeparator(',').withEncoding(StandardCharsets.ISO_8859_1))) {
            assertThat(table.description().separator()).isEqualTo(',');
            assertThat(table.description().encoding()).isEqualTo("ISO-8859-1");
            assertThat(table.columns()).extracting(Column::id).containsExactly("case_id;kind");
        }
    }

    @Test
    void genericExportsMayHaveExtraHeaderRowsOrNoHeaderAtAll() throws Exception {
        String text = "Call,Caller,Start\nCall id,Who called,When it began\n(export 2026-03),,\nA-1,010-1234,2026-03-04 09:00\n";
        try (Table table = open(text.getBytes(StandardCharsets.UTF_8), ReadOptions.detect().withHeaderRows(2))) {
            assertThat(table.description().headerRows()).isEqualTo(2);
            assertThat(table.description().layout()).isEqualTo(Layout.GENERIC);
            assertThat(table.columns()).extracting(Column::id).containsExactly("Call", "Caller", "Start");
            assertThat(rows(table)).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(4);
                assertThat(r.cells()).containsExactly("A-1", "010-1234", "2026-03-04 09:00");
            });
        }
        try (Table table = open("Kim,Lee\nPark,Choi\n".getBytes(StandardCharsets.UTF_8),
                ReadOptions.detect().withHeaderless(true))) {
            assertThat(table.description().layout()).isEqualTo(Layout.HEADERLESS);
            assertThat(table.columns()).extracting(Column::id).containsExactly("#1", "#2");
            assertThat(rows(table)).extracting(r -> r.cell(1)).containsExactly("Kim", "Park");
        }
    }

    @Test
    void emptyRecordsAreSkippedAndLinesStayPhysical() {
        List<SourceRow> rows = rows(open("case_id,kind\n\nC1,refund\n,\n\nC2,delivery"));
        assertThat(rows).extracting(SourceRow::line).containsExactly(3L, 6L);
    }

    @Test
    void bytesThatAreNotTextInTheEncodingAreRefusedNamingTheirLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("case_id,kind\nC1,refund\nC2,".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28});
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> rows(open(out.toByteArray(), ReadOptions.detect().withEncoding(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(UnreadableFileException.ENCODING);
                    assertThat(e.getArguments()).containsExactly(3L, "UTF-8");
                });
    }

    @Test
    void aQuoteLeftOpenIsRefusedAtTheLineItsRecordStarts() {
        assertThatThrownBy(() -> rows(open("case_id,kind\nC1,refund\nC2,\"delivery\nC3,refund\n")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(UnreadableFileException.UNTERMINATED_QUOTE);
                    assertThat(e.line()).isEqualTo(3);
                });
        assertThatThrownBy(() -> rows(open("case_id,kind\nC1,\"refund\"x\n")))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo(UnreadableFileException.MALFORMED));
    }
}
