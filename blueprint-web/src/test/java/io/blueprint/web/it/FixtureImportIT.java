package io.blueprint.web.it;

import io.blueprint.journey.Channel;
import io.blueprint.measurement.CesScale;
import io.blueprint.measurement.ImportMode;
import io.blueprint.measurement.ImportRecords;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasurementImporter;
import io.blueprint.measurement.RowProblem;
import io.blueprint.measurement.read.ColumnMapping;
import io.blueprint.measurement.read.UnreadableFileException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real export in ../shared/fixtures imported into the database as its README says, and what was
 * stored (or why not) read back: survey tools' exports with their header rows and "no answer" codes, a
 * headerless contact log by column position, and the broken one refused whole.
 */
@ExtendWith(ArquillianExtension.class)
class FixtureImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.blueprintWith(FixtureImportIT.class, MeasuredServices.class);
    }

    @Inject
    MeasurementImporter importer;

    @Inject
    ImportRecords records;

    @Inject
    MeasuredServices services;

    /** Where the fixtures are: the build says (blueprint.fixtures), or beside the checkout. */
    private static Path fixture(String name) {
        String configured = System.getProperty("blueprint.fixtures");
        Path root = configured != null ? Path.of(configured) : Path.of(System.getProperty("jboss.home.dir"))
                .resolve("../../../../shared/fixtures").normalize();
        Path file = root.resolve(name);
        assertTrue(Files.isRegularFile(file), () -> "no fixture " + file + " (set -Dblueprint.fixtures)");
        return file;
    }

    private MeasuredServices.Made service(String code, Channel channel) {
        return services.service(Map.of(code, channel));
    }

    /** Imports with the detected mapping, adjusted as a person would on the preview. */
    private ImportSummary run(MeasureKind kind, MeasuredServices.Made service, Path file, UnaryOperator<ColumnMapping> adjust) {
        String source = "fixture-" + UUID.randomUUID();
        MeasurementImporter.Request detect = new MeasurementImporter.Request(kind, service.serviceId(), source,
                file.getFileName().toString(), ImportMode.PARTIAL, "ops", null, null, null);
        ColumnMapping mapping = adjust.apply(importer.preview(detect, file).mapping());
        return importer.importFile(new MeasurementImporter.Request(kind, service.serviceId(), source,
                file.getFileName().toString(), ImportMode.PARTIAL, "ops", null, mapping, null), file);
    }

    private Map<String, Object> answers(MeasuredServices.Made service) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Map<String, Object> row : services.rows("SELECT response_id, ces FROM survey_response WHERE service_id = ?"
                + " ORDER BY response_id", service.serviceId())) {
            answers.put(row.get("response_id").toString(), row.get("ces"));
        }
        return answers;
    }

    private List<RowProblem> problems(ImportSummary summary) {
        List<RowProblem> problems = new ArrayList<>();
        records.problems(summary.id(), problems::add);
        return problems;
    }

    @Test
    void qualtricsThreeHeaderAndLegacyExportsStoreTheSameAnswerAtTheSameInstant() {
        MeasuredServices.Made current = service("SRV-WEB-01", Channel.WEB);
        ImportSummary three = run(MeasureKind.SURVEY_RESPONSE, current, fixture("qualtrics-qualtRics/qualtrics_3header_sample.csv"),
                m -> m.withColumn("ces", "Q1").withFixedTouchpoint("SRV-WEB-01").withCesScale(CesScale.CES2).withZone("Europe/Zurich"));
        assertEquals("QUALTRICS", three.layout());
        assertEquals(3, three.headerRows());
        MeasuredServices.Made legacy = service("SRV-WEB-01", Channel.WEB);
        ImportSummary two = run(MeasureKind.SURVEY_RESPONSE, legacy, fixture("qualtrics-qualtRics/qualtrics_legacy_2header_sample.csv"),
                m -> m.withColumn("ces", "Q1").withFixedTouchpoint("SRV-WEB-01").withCesScale(CesScale.CES2).withZone("Europe/Zurich"));
        assertEquals("QUALTRICS_LEGACY", two.layout());
        assertEquals(2, two.headerRows());

        for (MeasuredServices.Made service : List.of(current, legacy)) {
            Map<String, Object> row = services.rows("SELECT ces, ces_scale, answered_at, channel FROM survey_response"
                    + " WHERE service_id = ? AND response_id = 'R_2YPOQ602ER1jkf1'", service.serviceId()).get(0);
            assertEquals(2L, row.get("ces"));
            assertEquals("CES2", row.get("ces_scale"));
            assertEquals("WEB", row.get("channel"));
            assertEquals(java.time.Instant.parse("2017-07-18T06:28:48Z"), instant(row.get("answered_at")));
        }
        assertEquals(answers(current), answers(legacy));
    }

    @Test
    void qualtricsToolsInsightsAndLegacyExportsOfOneSurveyStoreTheSameAnswersAndNoNegativeCode() {
        MeasuredServices.Made insights = service("VEG-01", Channel.WEB);
        ImportSummary fromInsights = run(MeasureKind.SURVEY_RESPONSE, insights,
                fixture("qualtrics-QualtricsTools/No_Basis_for_Evaluation_Insights.csv"),
                m -> m.withColumn("ces", "Q3_1").withFixedTouchpoint("VEG-01").withCesScale(CesScale.CES1));
        MeasuredServices.Made legacy = service("VEG-01", Channel.WEB);
        ImportSummary fromLegacy = run(MeasureKind.SURVEY_RESPONSE, legacy,
                fixture("qualtrics-QualtricsTools/No_Basis_for_Evaluation_Legacy.csv"),
                m -> m.withColumn("ces", "Q3_1").withFixedTouchpoint("VEG-01").withCesScale(CesScale.CES1));

        assertEquals(15, fromInsights.read());
        assertEquals(fromInsights.stored(), fromLegacy.stored());
        assertFalse(answers(insights).isEmpty());
        assertEquals(answers(insights), answers(legacy));
        // "no basis for evaluation" (-1, -2) is no answer, never a score
        assertFalse(answers(insights).containsKey("R_ebopwASnJ6p0KSp"));
        assertTrue(problems(fromInsights).stream().anyMatch(p -> p.reason().equals("import.row.missing")));
        assertEquals(0, services.number("SELECT COUNT(*) FROM survey_response WHERE service_id = ? AND ces < 1", insights.serviceId()));

        // the matrix survey: recodes 10–13 are outside the scale; the legacy file's duplicate column ids by position
        MeasuredServices.Made matrix = service("VEG-01", Channel.WEB);
        run(MeasureKind.SURVEY_RESPONSE, matrix, fixture("qualtrics-QualtricsTools/Single_Answer_Matrix_Questions_Insights.csv"),
                m -> m.withColumn("ces", "Q3_question_one").withFixedTouchpoint("VEG-01").withCesScale(CesScale.CES1));
        MeasuredServices.Made matrixLegacy = service("VEG-01", Channel.WEB);
        run(MeasureKind.SURVEY_RESPONSE, matrixLegacy, fixture("qualtrics-QualtricsTools/Single_Answer_Matrix_Questions_Legacy.csv"),
                m -> m.withColumn("ces", "#17").withFixedTouchpoint("VEG-01").withCesScale(CesScale.CES1));
        assertEquals(1L, answers(matrix).get("R_9H2nlL82R9Yq21v"));
        assertEquals(answers(matrix), answers(matrixLegacy));
        MeasuredServices.Made recoded = service("VEG-01", Channel.WEB);
        ImportSummary recodes = run(MeasureKind.SURVEY_RESPONSE, recoded,
                fixture("qualtrics-QualtricsTools/Single_Answer_Matrix_Questions_Insights.csv"),
                m -> m.withColumn("ces", "Q4_1").withFixedTouchpoint("VEG-01").withCesScale(CesScale.CES1));
        assertTrue(problems(recodes).stream().anyMatch(p -> p.reason().equals("import.row.outOfScale")));
    }

    @Test
    void googleFormsAndSurveyGizmoExportsAreReadWholeWithTheirTimesInTheChosenZone() {
        // neither survey asked for effort: a CES column must be chosen before anything is read
        MeasuredServices.Made forms = service("EDU-01", Channel.WEB);
        io.blueprint.shared.DomainException unmapped = assertThrows(io.blueprint.shared.DomainException.class,
                () -> run(MeasureKind.SURVEY_RESPONSE, forms, fixture("googleforms-jupyter/responses.csv"),
                        m -> m.withColumn("response_id", "Timestamp").withFixedTouchpoint("EDU-01").withCesScale(CesScale.CES2)));
        assertEquals("import.mapping.missing", unmapped.getMessageKey());
        // with a number column standing in for it, all 125 records are read (line breaks inside cells, no final
        // newline) and every time is read in the chosen zone: no row is refused for its time
        ImportSummary google = run(MeasureKind.SURVEY_RESPONSE, forms, fixture("googleforms-jupyter/responses.csv"),
                m -> m.withColumn("response_id", "Timestamp").withColumn("ces", "Approximately how many students are in your class?")
                        .withFixedTouchpoint("EDU-01").withCesScale(CesScale.CES2).withZone("America/Los_Angeles"));
        assertEquals(125, google.read());
        assertEquals(125, google.stored() + google.rejected());
        List<RowProblem> googleProblems = problems(google);
        assertTrue(googleProblems.stream().noneMatch(p -> p.column().equals("answered_at")), () -> googleProblems.toString());
        assertTrue(googleProblems.stream().allMatch(p -> p.line() >= 2 && p.line() <= 234));

        MeasuredServices.Made gizmo = service("NB-UX", Channel.WEB);
        ImportSummary survey = run(MeasureKind.SURVEY_RESPONSE, gizmo, fixture("surveygizmo-jupyter/20160115235816-SurveyExport.csv"),
                m -> ColumnMapping.of(Map.of("response_id", "Time Started", "answered_at", "Date Submitted",
                        // typed with plain spaces: the header has no-break spaces
                        "ces", "How often do you use Jupyter Notebook?")).withFixedTouchpoint("NB-UX")
                        .withCesScale(CesScale.CES2).withZone("GMT-06:00"));
        assertEquals(1706, survey.read());
        List<RowProblem> gizmoProblems = problems(survey);
        assertTrue(gizmoProblems.stream().noneMatch(p -> p.column().equals("answered_at")), () -> gizmoProblems.toString());
        assertTrue(gizmoProblems.stream().anyMatch(p -> p.line() == 2 && p.reason().equals("import.row.missing")));
        assertTrue(gizmoProblems.stream().anyMatch(p -> p.line() == 3 && p.value().equals("Daily")
                && p.reason().equals("import.row.notNumber")));
    }

    @Test
    void aHeaderlessAsteriskContactLogIsReadByColumnPositionAndTheBrokenOneIsRefusedNamingItsLine() {
        MeasuredServices.Made service = service("CALL-01", Channel.PHONE);
        UnaryOperator<ColumnMapping> byPosition = m -> ColumnMapping.of(Map.of("contact_id", "#17", "customer", "#2",
                "started_at", "#10", "handle_seconds", "#14")).withFixedTouchpoint("CALL-01").withFixedChannel("voice")
                .withZone("UTC");
        ImportSummary master = run(MeasureKind.CONTACT_EVENT, service, fixture("asterisk-cdr-testsuite/self_test_Master.csv"), byPosition);
        assertEquals("HEADERLESS", master.layout());
        assertEquals(2, master.stored());
        Map<String, Object> first = services.rows("SELECT started_at, handle_seconds, channel, wait_seconds FROM contact_event"
                + " WHERE service_id = ? AND contact_id = '1270167992.0'", service.serviceId()).get(0);
        assertEquals(java.time.Instant.parse("2010-04-02T00:26:32Z"), instant(first.get("started_at")));
        assertEquals(List.of(7L, "PHONE", 0L), List.of(first.get("handle_seconds"), first.get("channel"), first.get("wait_seconds")));

        ImportSummary good = run(MeasureKind.CONTACT_EVENT, service, fixture("asterisk-cdr-testsuite/cdrlib_good.csv"), byPosition);
        assertEquals(5, good.read());
        // five records of one call id: the first is stored, each later one that says something else replaces it
        assertEquals(1, good.stored());
        assertEquals(5, good.stored() + good.updated() + good.duplicates());

        MeasuredServices.Made other = service("CALL-01", Channel.PHONE);
        UnreadableFileException refused = assertThrows(UnreadableFileException.class,
                () -> run(MeasureKind.CONTACT_EVENT, other, fixture("asterisk-cdr-testsuite/cdrlib_buggy.csv"), byPosition));
        assertEquals(1, refused.line());
        assertEquals(0, services.number("SELECT COUNT(*) FROM contact_event WHERE service_id = ?", other.serviceId()));
    }

    private static java.time.Instant instant(Object value) {
        return java.time.Instant.parse(value.toString());
    }
}
