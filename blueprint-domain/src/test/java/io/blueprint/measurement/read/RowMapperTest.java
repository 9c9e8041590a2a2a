package io.blueprint.measurement.read;

import io.blueprint.measurement.CaseKind;
import io.blueprint.measurement.CaseRecord;
import io.blueprint.measurement.ContactRecord;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.RowProblem;
import io.blueprint.measurement.SurveyAnswer;
import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Each value a row may hold, read or rejected with its line, column, value and reason. */
class RowMapperTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** The rows of a Blueprint file of the kind (its header first), each mapped with the detected mapping. */
    private static List<MappedRow> map(MeasureKind kind, ColumnMapping extra, String... rows) {
        String text = String.join(",", kind.fields()) + "\n" + String.join("\n", rows);
        try (Table table = Files.open(text)) {
            ColumnMapping mapping = ColumnMapping.detect(kind, table.description(), table.columns());
            if (extra != null) {
                mapping = new ColumnMapping(mapping.columns(), extra.fixedTouchpoint(), extra.fixedChannel(),
                        extra.zone(), extra.timePattern(), extra.cesScale(), null, null, null, null, null);
            }
            RowMapper mapper = new RowMapper(kind, mapping, table.columns(), SEOUL, NOW, CesLabels.defaults());
            return Files.rows(table).stream().map(mapper::map).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<RowProblem> problems(MeasureKind kind, String row) {
        MappedRow mapped = map(kind, null, row).get(0);
        assertThat(mapped.rejected()).isTrue();
        return mapped.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing id              | ,RET-1,2026-03-04T09:15:00,,5,CES2,,,                 | response_id     |                      | import.row.missing
            id too long             | %s,RET-1,2026-03-04T09:15:00,,5,CES2,,,               | response_id     | %s                   | import.row.tooLong
            missing touchpoint      | R1,,2026-03-04T09:15:00,,5,CES2,,,                    | touchpoint_code |                      | import.row.missing
            bad touchpoint code     | R1,RET 1!,2026-03-04T09:15:00,,5,CES2,,,              | touchpoint_code | RET 1!               | touchpoint.code.format
            missing time            | R1,RET-1,,,5,CES2,,,                                  | answered_at     |                      | import.row.missing
            unreadable time         | R1,RET-1,4 March 2026,,5,CES2,,,                      | answered_at     | 4 March 2026         | import.row.time
            future time             | R1,RET-1,2026-06-01T09:06:00+09:00,,5,CES2,,,         | answered_at     | 2026-06-01T09:06:00+09:00 | import.row.future
            unknown channel         | R1,RET-1,2026-03-04T09:15:00,pigeon,5,CES2,,,         | channel         | pigeon               | import.row.channel
            CES no answer           | R1,RET-1,2026-03-04T09:15:00,,N/A,CES2,,,             | ces             | N/A                  | import.row.missing
            CES negative code       | R1,RET-1,2026-03-04T09:15:00,,-99,CES2,,,             | ces             | -99                  | import.row.missing
            CES empty               | R1,RET-1,2026-03-04T09:15:00,,,CES2,,,                | ces             |                      | import.row.missing
            CES out of scale        | R1,RET-1,2026-03-04T09:15:00,,6,CES1,,,               | ces             | 6                    | import.row.outOfScale
            CES not a label         | R1,RET-1,2026-03-04T09:15:00,,quite easy,CES2,,,      | ces             | quite easy           | import.row.notNumber
            unknown CES scale       | R1,RET-1,2026-03-04T09:15:00,,5,CES3,,,               | ces_scale       | CES3                 | import.row.cesScale
            CSAT out of scale       | R1,RET-1,2026-03-04T09:15:00,,5,CES2,6,,              | csat            | 6                    | import.row.outOfScale
            NPS out of scale        | R1,RET-1,2026-03-04T09:15:00,,5,CES2,,11,             | nps             | 11                   | import.row.outOfScale
            NPS not a number        | R1,RET-1,2026-03-04T09:15:00,,5,CES2,,ten,            | nps             | ten                  | import.row.notNumber
            """)
    void eachSurveyProblemIsNamed(String what, String row, String column, String value, String reason) {
        String longId = "R".repeat(101);
        List<RowProblem> problems = problems(MeasureKind.SURVEY_RESPONSE, row.formatted(longId));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.value()).isEqualTo(value == null ? "" : value.formatted(longId));
            assertThat(p.reason()).isEqualTo(reason);
        });
    }

    @Test
    void scoresOutsideTheirScaleSayTheScale() {
        assertThat(problems(MeasureKind.SURVEY_RESPONSE, "R1,RET-1,2026-03-04T09:15:00,,8,CES2,,,"))
                .singleElement().extracting(RowProblem::arguments).isEqualTo(List.of(1, 7));
        assertThat(problems(MeasureKind.SURVEY_RESPONSE, "R1,RET-1,2026-03-04T09:15:00,,5,CES2,,12,"))
                .singleElement().extracting(RowProblem::arguments).isEqualTo(List.of(0, 10));
    }

    @Test
    void aRowWithSeveralProblemsReportsEachAndNeverItsCustomer() {
        String customer = "x".repeat(300);
        List<RowProblem> problems = problems(MeasureKind.SURVEY_RESPONSE,
                ",RET-1,yesterday,fax,9,CES2,0,,%s".formatted(customer));
        assertThat(problems).extracting(RowProblem::column, RowProblem::reason).containsExactly(
                tuple("response_id", RowReasons.MISSING), tuple("answered_at", RowReasons.TIME),
                tuple("channel", RowReasons.CHANNEL), tuple("ces", RowReasons.OUT_OF_SCALE),
                tuple("csat", RowReasons.OUT_OF_SCALE), tuple("customer", RowReasons.TOO_LONG));
        assertThat(problems).allSatisfy(p -> assertThat(p.value()).doesNotContain("xxx"));
    }

    @Test
    void noAnswerCodesAreEmptyScoresAndTimesTakeEveryForm() {
        List<MappedRow> rows = map(MeasureKind.SURVEY_RESPONSE, null,
                "R1,RET-1,2026-03-04T09:15:00Z,Voice,Strongly agree,CES2,-1,N/A,",
                "R2,RET-1,3/4/2026 9:15,E-mail,매우 적은 노력,CES1,,-2,",
                "R3,RET-1,2026/3/4 9:15:30,field visit,2.0,ces1,4,0,",
                "R4,RET-1,2026-03-04 09:15,kiosk,7,CES2,,,",
                "R5,RET-1,2026-06-01T09:04:00+09:00,,1,CES2,,,");
        assertThat(rows).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        List<SurveyAnswer> answers = rows.stream().map(r -> (SurveyAnswer) r.row()).toList();
        assertThat(answers).extracting(SurveyAnswer::answeredAt).containsExactly(
                Instant.parse("2026-03-04T09:15:00Z"), Instant.parse("2026-03-04T00:15:00Z"),
                Instant.parse("2026-03-04T00:15:30Z"), Instant.parse("2026-03-04T00:15:00Z"),
                // four minutes ahead of the clock: within its leeway
                Instant.parse("2026-06-01T00:04:00Z"));
        assertThat(answers).extracting(SurveyAnswer::ces).containsExactly(7, 1, 2, 7, 1);
        assertThat(answers).extracting(a -> a.channel() == null ? null : a.channel().name())
                .containsExactly("PHONE", "EMAIL", "FIELD_VISIT", "KIOSK", null);
        assertThat(answers.get(0).csat()).isNull();
        assertThat(answers.get(0).nps()).isNull();
        assertThat(answers.get(2).csat()).isEqualTo(4);
        assertThat(answers.get(2).nps()).isZero();
    }

    @Test
    void aMappingsZoneAndPatternReadTheTimes() {
        ColumnMapping extra = ColumnMapping.of(Map.of()).withZone("America/New_York").withTimePattern("dd.MM.uuuu HH:mm");
        SurveyAnswer answer = (SurveyAnswer) map(MeasureKind.SURVEY_RESPONSE, extra,
                "R1,RET-1,04.03.2026 09:15,,5,CES2,,,").get(0).row();
        assertThat(answer.answeredAt()).isEqualTo(Instant.parse("2026-03-04T14:15:00Z"));
    }

    @Test
    void contactEventsReadDurationsFlagsAndAmounts() {
        List<MappedRow> rows = map(MeasureKind.CONTACT_EVENT, null,
                "K1,cust-1,RET-1,2026-03-04T09:00:00,phone,1:02:03,4:05,2,Y,no,2026-03-04T09:30:00,12000.50,KRW",
                "K2,,RET-1,2026-03-04T10:00:00,,,,,,TRUE,,,",
                "K3,,RET-1,2026-03-04T10:00:00,chat,12,30,0,예,0,,,");
        assertThat(rows).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        ContactRecord first = (ContactRecord) rows.get(0).row();
        assertThat(first.waitSeconds()).isEqualTo(3723);
        assertThat(first.handleSeconds()).isEqualTo(245);
        assertThat(first.transfers()).isEqualTo(2);
        assertThat(first.resolved()).isTrue();
        assertThat(first.abandoned()).isFalse();
        assertThat(first.resolvedAt()).isEqualTo(Instant.parse("2026-03-04T00:30:00Z"));
        assertThat(first.orderValue()).isEqualByComparingTo("12000.50");
        assertThat(first.currency()).isEqualTo("KRW");
        assertThat(first.customer()).isEqualTo("cust-1");
        ContactRecord unanswered = (ContactRecord) rows.get(1).row();
        assertThat(unanswered.waitSeconds()).isZero();
        assertThat(unanswered.handleSeconds()).isZero();
        assertThat(unanswered.resolved()).isFalse();
        assertThat(unanswered.abandoned()).isTrue();
        assertThat(unanswered.customer()).isNull();
        assertThat(unanswered.channel()).isNull();
        assertThat(((ContactRecord) rows.get(2).row()).resolved()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative wait             | K1,,RET-1,2026-03-04T09:00:00,,-5,,,,,,,         | wait_seconds   | -5          | import.row.negative
            not a duration            | K1,,RET-1,2026-03-04T09:00:00,,,1h 5m,,,,,,      | handle_seconds | 1h 5m       | import.row.duration
            negative transfers        | K1,,RET-1,2026-03-04T09:00:00,,,,-1,,,,,         | transfers      | -1          | import.row.negative
            transfers not a number    | K1,,RET-1,2026-03-04T09:00:00,,,,two,,,,,        | transfers      | two         | import.row.notNumber
            not a flag                | K1,,RET-1,2026-03-04T09:00:00,,,,,maybe,,,,      | resolved       | maybe       | import.row.flag
            resolved before started   | K1,,RET-1,2026-03-04T09:00:00,,,,,,,2026-03-04T08:59:00,, | resolved_at | 2026-03-04T08:59:00 | import.row.closedBeforeOpened
            value without currency    | K1,,RET-1,2026-03-04T09:00:00,,,,,,,,100,        | currency       |             | import.row.missing
            currency not ISO          | K1,,RET-1,2026-03-04T09:00:00,,,,,,,,100,won     | currency       | won         | import.row.currency
            currency unknown          | K1,,RET-1,2026-03-04T09:00:00,,,,,,,,100,ABC     | currency       | ABC         | import.row.currency
            negative order value      | K1,,RET-1,2026-03-04T09:00:00,,,,,,,,-100,KRW    | order_value    | -100        | import.row.negative
            order value not a number  | K1,,RET-1,2026-03-04T09:00:00,,,,,,,,lots,KRW    | order_value    | lots        | import.row.notNumber
            missing start             | K1,,RET-1,,,,,,,,,,                              | started_at     |             | import.row.missing
            """)
    void eachContactProblemIsNamed(String what, String row, String column, String value, String reason) {
        assertThat(problems(MeasureKind.CONTACT_EVENT, row)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.value()).isEqualTo(value == null ? "" : value);
            assertThat(p.reason()).isEqualTo(reason);
        });
    }

    @Test
    void serviceCasesReadTheirKindAndTimesAndAreRefusedWhenClosedBeforeOpened() {
        List<MappedRow> rows = map(MeasureKind.SERVICE_CASE, null,
                "S1,Refund,RET-1,2026-03-04T09:00:00,2026-03-06T17:00:00,cust-1,30000,KRW",
                "S2,delivery,RET-1,2026-03-04T09:00:00,,,,",
                "S3,complaint,RET-1,2026-03-04T09:00:00,2026-03-03T09:00:00,,,");
        CaseRecord refund = (CaseRecord) rows.get(0).row();
        assertThat(refund.kind()).isEqualTo(CaseKind.REFUND);
        assertThat(refund.closedAt()).isEqualTo(Instant.parse("2026-03-06T08:00:00Z"));
        assertThat(((CaseRecord) rows.get(1).row()).closedAt()).isNull();
        assertThat(rows.get(2).problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::value,
                RowProblem::reason).containsExactly(
                tuple(4L, "kind", "complaint", RowReasons.KIND),
                tuple(4L, "closed_at", "2026-03-03T09:00:00", RowReasons.CLOSED_BEFORE_OPENED));
    }

    @Test
    void aHeaderlessFileNamesColumnsByPosition() throws Exception {
        try (Table table = Files.open("\"C1\",\"2026-03-04 09:00\",-3\n")) {
            RowMapper mapper = new RowMapper(MeasureKind.CONTACT_EVENT,
                    ColumnMapping.of(Map.of("contact_id", "#1", "started_at", "#2", "wait_seconds", "#3"))
                            .withFixedTouchpoint("RET-1"), table.columns(), SEOUL, NOW, CesLabels.defaults());
            assertThat(mapper.map(table.next()).problems()).singleElement()
                    .extracting(RowProblem::line, RowProblem::column, RowProblem::value, RowProblem::reason)
                    .containsExactly(1L, "#3", "-3", RowReasons.NEGATIVE);
        }
    }

    @Test
    void requiredFieldsWithoutAColumnAreKnownBeforeReadingAndAWrongMappingIsRefused() throws Exception {
        try (Table table = Files.open("id,when\n")) {
            List<Column> columns = table.columns();
            RowMapper mapper = new RowMapper(MeasureKind.SERVICE_CASE,
                    ColumnMapping.of(Map.of("case_id", "id", "opened_at", "when", "closed_at", "no such column")),
                    columns, SEOUL, NOW, CesLabels.defaults());
            assertThat(mapper.missingFields()).containsExactly("kind", "touchpoint_code");
            assertThatThrownBy(() -> new RowMapper(MeasureKind.SERVICE_CASE, ColumnMapping.of(Map.of("ces", "id")),
                    columns, SEOUL, NOW, CesLabels.defaults()))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo(RowReasons.MAPPING_FIELD));
            assertThatThrownBy(() -> new RowMapper(MeasureKind.SERVICE_CASE, ColumnMapping.of(Map.of()).withZone("Mars/Olympus"),
                    columns, SEOUL, NOW, CesLabels.defaults()))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo(RowReasons.MAPPING_ZONE));
            assertThatThrownBy(() -> new RowMapper(MeasureKind.SERVICE_CASE, ColumnMapping.of(Map.of()).withTimePattern("{{"),
                    columns, SEOUL, NOW, CesLabels.defaults()))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo(RowReasons.MAPPING_TIME_PATTERN));
            assertThatThrownBy(() -> new RowMapper(MeasureKind.SERVICE_CASE, ColumnMapping.of(Map.of()).withFixedTouchpoint("a b"),
                    columns, SEOUL, NOW, CesLabels.defaults()))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("touchpoint.code.format"));
        }
    }
}
