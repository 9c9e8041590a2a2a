package io.blueprint.measurement.read;

import io.blueprint.measurement.CesScale;
import io.blueprint.measurement.ContactRecord;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.SurveyAnswer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.blueprint.measurement.read.Files.openFixture;
import static io.blueprint.measurement.read.Files.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every real export in shared/fixtures, read as its README says. */
class FixtureFilesTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static RowMapper mapper(MeasureKind kind, ColumnMapping mapping, Table table) {
        return new RowMapper(kind, mapping, table.columns(), SEOUL, NOW, CesLabels.defaults());
    }

    @Test
    void qualtricsThreeHeaderExportHasItsColumnIdsLabelsAndOneResponse() throws Exception {
        try (Table table = openFixture("qualtrics-qualtRics/qualtrics_3header_sample.csv")) {
            FileDescription file = table.description();
            assertThat(file.layout()).isEqualTo(Layout.QUALTRICS);
            assertThat(file.headerRows()).isEqualTo(2);
            assertThat(file.encoding()).isEqualTo("UTF-8");
            assertThat(file.separator()).isEqualTo(',');
            assertThat(table.columns()).hasSize(20);
            assertThat(table.columns().get(17)).isEqualTo(new Column(18, "Q1", "This is a multiple choice question."));
            assertThat(table.columns().get(0).label()).isEqualTo("Anfangsdatum");

            ColumnMapping detected = ColumnMapping.detect(MeasureKind.SURVEY_RESPONSE, file, table.columns());
            assertThat(detected.columns()).containsEntry("response_id", "ResponseId")
                    .containsEntry("answered_at", "EndDate").containsEntry("customer", "RecipientEmail")
                    .doesNotContainKey("ces");
            RowMapper unfinished = mapper(MeasureKind.SURVEY_RESPONSE, detected, table);
            assertThat(unfinished.missingFields()).containsExactly("touchpoint_code", "ces", "ces_scale");

            ColumnMapping chosen = detected.withColumn("ces", "Q1").withFixedTouchpoint("srv-web-01")
                    .withCesScale(CesScale.CES2).withZone("Europe/Zurich");
            RowMapper mapper = mapper(MeasureKind.SURVEY_RESPONSE, chosen, table);
            assertThat(mapper.missingFields()).isEmpty();
            SourceRow only = table.next();
            assertThat(only.line()).isEqualTo(4);
            assertThat(table.next()).isNull();
            MappedRow mapped = mapper.map(only);
            assertThat(mapped.problems()).isEmpty();
            SurveyAnswer answer = (SurveyAnswer) mapped.row();
            assertThat(answer.id()).isEqualTo("R_2YPOQ602ER1jkf1");
            assertThat(answer.touchpointCode()).isEqualTo("SRV-WEB-01");
            assertThat(answer.ces()).isEqualTo(2);
            assertThat(answer.scale()).isEqualTo(CesScale.CES2);
            // 2017-07-18 08:28:48 in Zurich's summer time (UTC+2)
            assertThat(answer.answeredAt()).isEqualTo(Instant.parse("2017-07-18T06:28:48Z"));
            assertThat(answer.customer()).isNull();
        }
    }

    @Test
    void qualtricsLegacyExportReadsTheSameResponseThroughItsLabels() throws Exception {
        try (Table table = openFixture("qualtrics-qualtRics/qualtrics_legacy_2header_sample.csv")) {
            FileDescription file = table.description();
            assertThat(file.layout()).isEqualTo(Layout.QUALTRICS_LEGACY);
            assertThat(file.headerRows()).isEqualTo(1);
            // BOM stripped; the trailing comma makes a 16th, unnamed column
            assertThat(table.columns().get(0)).isEqualTo(new Column(1, "V1", "ResponseID"));
            assertThat(table.columns()).hasSize(16);
            assertThat(table.columns().get(15).id()).isEqualTo("#16");

            ColumnMapping detected = ColumnMapping.detect(MeasureKind.SURVEY_RESPONSE, file, table.columns());
            // by their labels ResponseID, EndDate and ExternalDataReference
            assertThat(detected.columns()).containsEntry("response_id", "V1").containsEntry("answered_at", "V9")
                    .containsEntry("customer", "V4");
            RowMapper mapper = mapper(MeasureKind.SURVEY_RESPONSE, detected.withColumn("ces", "Q1")
                    .withFixedTouchpoint("SRV-WEB-01").withCesScale(CesScale.CES2).withZone("Europe/Zurich"), table);
            SourceRow only = table.next();
            assertThat(only.line()).isEqualTo(3);
            SurveyAnswer answer = (SurveyAnswer) mapper.map(only).row();
            assertThat(answer.id()).isEqualTo("R_2YPOQ602ER1jkf1");
            assertThat(answer.ces()).isEqualTo(2);
            assertThat(answer.answeredAt()).isEqualTo(Instant.parse("2017-07-18T06:28:48Z"));
            assertThat(table.next()).isNull();
        }
    }

    @Test
    void qualtricsToolsInsightsAndLegacyExportsOfOneSurveyGiveTheSameAnswers() {
        Map<String, String> insights = answers("No_Basis_for_Evaluation_Insights.csv", "Q3_1", Layout.QUALTRICS);
        Map<String, String> legacy = answers("No_Basis_for_Evaluation_Legacy.csv", "Q3_1", Layout.QUALTRICS_LEGACY);
        assertThat(insights).hasSize(15).isEqualTo(legacy);
        assertThat(insights).containsEntry("R_ebopwASnJ6p0KSp", RowReasons.MISSING)
                .containsValue("3");
        assertThat(insights.values()).doesNotContain("-1", "-2");
    }

    @Test
    void qualtricsToolsRecodesAreOutOfScaleAndDuplicateLegacyIdsAreReachedByPosition() {
        Map<String, String> insights = answers("Single_Answer_Matrix_Questions_Insights.csv", "Q3_question_one",
                Layout.QUALTRICS);
        // the legacy export names three columns question_one: the first of them is the 17th
        Map<String, String> legacy = answers("Single_Answer_Matrix_Questions_Legacy.csv", "#17",
                Layout.QUALTRICS_LEGACY);
        assertThat(insights).isNotEmpty().isEqualTo(legacy);
        assertThat(insights).containsEntry("R_9H2nlL82R9Yq21v", "1");

        Map<String, String> recoded = answers("Single_Answer_Matrix_Questions_Insights.csv", "Q4_1", Layout.QUALTRICS);
        assertThat(recoded).containsEntry("R_9H2nlL82R9Yq21v", RowReasons.OUT_OF_SCALE);
        assertThat(recoded).isEqualTo(answers("Single_Answer_Matrix_Questions_Legacy.csv", "Q4_1",
                Layout.QUALTRICS_LEGACY));
    }

    /** Response id → CES answer, or the reason the row was rejected. */
    private static Map<String, String> answers(String file, String cesColumn, Layout layout) {
        Map<String, String> answers = new LinkedHashMap<>();
        try (Table table = openFixture("qualtrics-QualtricsTools/" + file)) {
            assertThat(table.description().layout()).isEqualTo(layout);
            ColumnMapping mapping = ColumnMapping.detect(MeasureKind.SURVEY_RESPONSE, table.description(),
                    table.columns()).withColumn("ces", cesColumn).withFixedTouchpoint("VEG-01")
                    .withCesScale(CesScale.CES1);
            RowMapper mapper = mapper(MeasureKind.SURVEY_RESPONSE, mapping, table);
            for (SourceRow row = table.next(); row != null; row = table.next()) {
                MappedRow mapped = mapper.map(row);
                String id = row.cell(1);
                answers.put(id, mapped.rejected() ? mapped.problems().get(0).reason()
                        : String.valueOf(((SurveyAnswer) mapped.row()).ces()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return answers;
    }

    @Test
    void googleFormsRecordsKeepTheirLineBreaksAndStartLinesAndTheirTimesAreReadInAChosenZone() throws Exception {
        List<SourceRow> rows;
        List<Column> columns;
        try (Table table = openFixture("googleforms-jupyter/responses.csv")) {
            assertThat(table.description().layout()).isEqualTo(Layout.GENERIC);
            columns = table.columns();
            rows = rows(table);
        }
        assertThat(columns).hasSize(25);
        assertThat(columns.get(0).id()).isEqualTo("Timestamp");
        assertThat(columns.get(3).id()).isEqualTo("If there an official course webpage, please list it here:");
        assertThat(rows).hasSize(125);
        SourceRow first = rows.get(0);
        assertThat(first.cell(6)).isEqualTo("Tom Griffiths\nJessica Hamrick");
        assertThat(rows).extracting(SourceRow::line).startsWith(2L, 4L, 5L);
        assertThat(rows.get(124).line()).isEqualTo(234);
        assertThat(rows.get(124).cell(1)).isEqualTo("5/7/2016 12:46:30");

        ColumnMapping detected = ColumnMapping.detect(MeasureKind.SURVEY_RESPONSE,
                new FileDescription(FileType.CSV, "UTF-8", ',', 0, false, Layout.GENERIC, List.of(), null), columns);
        assertThat(detected.columns()).containsEntry("answered_at", "Timestamp");
        ColumnMapping mapping = detected.withColumn("response_id", "Timestamp").withFixedTouchpoint("EDU-01")
                .withCesScale(CesScale.CES2).withZone("America/Los_Angeles");
        MappedRow mapped = new RowMapper(MeasureKind.SURVEY_RESPONSE, mapping, columns, SEOUL, NOW,
                CesLabels.defaults()).map(first);
        // no CES question in this survey: the row says so, and the time was still read
        assertThat(mapped.problems()).extracting(p -> p.reason() + "@" + p.column()).containsExactly("import.row.missing@ces");
        assertThat(new TimeReader(ZoneId.of("America/Los_Angeles"), null).read(first.cell(1)))
                .isEqualTo(Instant.parse("2016-04-23T02:57:50Z"));
    }

    @Test
    void surveyGizmoHeadersMatchWithPlainSpacesAndItsTimesAreInTheZoneOfTheImport() throws Exception {
        String file = "surveygizmo-jupyter/20160115235816-SurveyExport.csv";
        List<Column> columns;
        List<SourceRow> rows;
        try (Table table = openFixture(file)) {
            columns = table.columns();
            rows = rows(table);
        }
        assertThat(columns).hasSize(37);
        assertThat(rows).hasSize(1706);
        assertThat(rows).filteredOn(r -> r.cell(3).equals("Partial")).hasSize(927);
        assertThat(rows.get(1705).line()).isEqualTo(1707);
        String typed = "Tool / Application #1:What tools and applications, if any, would you like to see more "
                + "tightly integrated with Jupyter Notebook?";
        assertThat(ColumnMapping.resolve(typed, columns)).map(Column::position).contains(7);
        assertThat(columns.get(6).id()).isEqualTo(typed);

        // how often people use the notebook, scored through the label table (a setting) for the test's sake
        CesLabels labels = CesLabels.defaults().with("[CES2]\nDaily = 7\nWeekly=5\nMonthly=3\nLess than monthly=1");
        ColumnMapping mapping = ColumnMapping.of(Map.of("response_id", "Time Started", "answered_at", "Date Submitted",
                        "ces", "How often do you use Jupyter Notebook?")).withFixedTouchpoint("NB-UX")
                .withCesScale(CesScale.CES2).withZone("GMT-06:00");
        RowMapper mapper = new RowMapper(MeasureKind.SURVEY_RESPONSE, mapping, columns, SEOUL, NOW, labels);
        MappedRow partial = mapper.map(rows.get(0));
        assertThat(partial.rejected()).isTrue();
        assertThat(partial.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("How often do you use Jupyter Notebook?");
            assertThat(p.reason()).isEqualTo(RowReasons.MISSING);
        });
        SurveyAnswer complete = (SurveyAnswer) mapper.map(rows.get(1)).row();
        assertThat(complete.ces()).isEqualTo(7);
        assertThat(complete.answeredAt()).isEqualTo(Instant.parse("2015-12-22T06:26:01Z"));
    }

    @Test
    void asteriskMasterCsvHasNoHeaderAndIsMappedByPosition() throws Exception {
        try (Table table = openFixture("asterisk-cdr-testsuite/self_test_Master.csv")) {
            FileDescription file = table.description();
            assertThat(file.layout()).isEqualTo(Layout.HEADERLESS);
            assertThat(file.headerless()).isTrue();
            assertThat(table.columns()).hasSize(18).first().isEqualTo(new Column(1, "#1", "#1"));
            assertThat(ColumnMapping.detect(MeasureKind.CONTACT_EVENT, file, table.columns()).columns()).isEmpty();

            ColumnMapping mapping = ColumnMapping.of(Map.of("contact_id", "#17", "customer", "#2", "started_at", "#10",
                    "handle_seconds", "#14")).withFixedTouchpoint("CALL-01").withFixedChannel("voice").withZone("UTC");
            RowMapper mapper = new RowMapper(MeasureKind.CONTACT_EVENT, mapping, table.columns(), SEOUL, NOW,
                    CesLabels.defaults());
            List<ContactRecord> contacts = rows(table).stream().map(mapper::map).map(m -> (ContactRecord) m.row()).toList();
            assertThat(contacts).hasSize(2);
            ContactRecord first = contacts.get(0);
            assertThat(first.line()).isEqualTo(1);
            assertThat(first.id()).isEqualTo("1270167992.0");
            assertThat(first.startedAt()).isEqualTo(Instant.parse("2010-04-02T00:26:32Z"));
            assertThat(first.handleSeconds()).isEqualTo(7);
            assertThat(first.channel()).isEqualTo(io.blueprint.journey.Channel.PHONE);
            assertThat(first.customer()).isNull();
            assertThat(contacts.get(1).id()).isEqualTo("1270168442.0");
        }
        assertThat(rows(openFixture("asterisk-cdr-testsuite/self_test_Master2.csv"))).singleElement()
                .satisfies(r -> assertThat(r.cell(10)).isEqualTo("2010-04-02 00:26:32"));
    }

    @Test
    void asteriskGoodFileHasFiveRecordsWithQuotedCallerIds() {
        List<SourceRow> rows = rows(openFixture("asterisk-cdr-testsuite/cdrlib_good.csv"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).cell(15)).isEqualTo("ANSWERED");
        assertThat(rows.get(0).cell(5)).isEqualTo("\"Test User\" <test>");
        assertThat(rows.get(1).cell(14)).isEqualTo("7");
        assertThat(rows).extracting(r -> r.cell(15)).contains("FAILED", "NO ANSWER", "BUSY");
    }

    @Test
    void asteriskBuggyFileIsRefusedWholeNamingItsLine() {
        assertThatThrownBy(() -> rows(openFixture("asterisk-cdr-testsuite/cdrlib_buggy.csv")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("import.file.unterminatedQuote");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getArguments()).containsExactly(1L);
                    assertThat(e.getKind()).isEqualTo(io.blueprint.shared.DomainException.Kind.INVALID);
                });
    }

    @Test
    void connectReferenceDocumentsTheFieldsTheReaderTakes() throws Exception {
        String reference = java.nio.file.Files.readString(Files.fixture("amazon-connect-docs/ctr-data-model.md"));
        assertThat(reference).contains("**ContactId**", "**InitiationTimestamp**", "**LastUpdateTimestamp**",
                "**AgentInteractionDuration**", "**AfterContactWorkDuration**", "**TransferredToEndpoint**",
                "Valid values: `VOICE`, `CHAT`, `TASK`");
    }
}
