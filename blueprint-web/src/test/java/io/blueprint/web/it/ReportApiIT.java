package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report API over real HTTP on the demo journey's 90 days of measurements: the effort report in the
 * issue's shape with consistent figures, hotspots, trends, before/after and KPIs, their export as PDF, XLSX
 * and CSV holding the same figures, and the refusals.
 * The figures themselves are checked against raw rows in {@code EffortReportIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportApiIT {

    private static final List<String> STATUSES = List.of("ON_TARGET", "AT_RISK", "OFF_TARGET", "TOO_FEW_RESPONSES", "NO_TARGET");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    private ApiClient api() {
        if (api == null) {
            api = new ApiClient(base);
        }
        return api;
    }

    private long demoJourney() {
        JsonArray services = Http.json(api().get(DemoUser.VIEWER, "/services", "en")).asJsonArray();
        long service = services.stream().map(JsonValue::asJsonObject)
                .filter(s -> DemoData.DEMO_SERVICE.equals(s.getString("name"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonArray journeys = Http.json(api().get(DemoUser.VIEWER, "/services/" + service + "/journeys", "en")).asJsonArray();
        return journeys.stream().map(JsonValue::asJsonObject)
                .filter(j -> DemoData.DEMO_JOURNEY.equals(j.getString("name"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static LocalDate yesterday() {
        return LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1);
    }

    @Test
    void theEffortReportOfTheDemoJourneyHasEveryTouchpointWithItsPlanAndConsistentFigures() {
        long journey = demoJourney();
        LocalDate to = yesterday();
        LocalDate from = to.minusDays(29);
        HttpResponse<String> answer = api().get(DemoUser.VIEWER, "/reports/effort?journey=" + journey + "&from=" + from + "&to=" + to, "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject report = ApiClient.json(answer);
        assertThat(report.getJsonNumber("journeyId").longValue()).isEqualTo(journey);
        assertThat(report.getString("from")).isEqualTo(from.toString());
        assertThat(report.getString("to")).isEqualTo(to.toString());
        assertThat(report.getString("normalisation")).contains("1 + (5 − a) × 1.5");

        long responses = 0;
        long contacts = 0;
        JsonObject call = null;
        for (JsonValue value : report.getJsonArray("touchpoints")) {
            JsonObject t = value.asJsonObject();
            assertThat(STATUSES).contains(t.getString("status"));
            responses += t.getJsonNumber("responses").longValue();
            contacts += t.getJsonNumber("contacts").longValue();
            if ("RET-CALL-01".equals(t.getString("code"))) {
                call = t;
            }
        }
        assertThat(call).as("the phone touchpoint").isNotNull();
        // the demo's call line: 8 answers a day around 4.3 against its plan of 5.0 and 120 s
        JsonObject plan = call.getJsonObject("plan");
        assertThat(plan.getJsonNumber("targetCes").doubleValue()).isEqualTo(5.0);
        assertThat(plan.getInt("maxWaitSeconds")).isEqualTo(120);
        assertThat(call.getJsonNumber("responses").longValue()).isBetween(200L, 260L);
        double mean = call.getJsonNumber("cesMean").doubleValue();
        assertThat(call.getJsonNumber("cesCiLow").doubleValue()).isLessThan(mean);
        assertThat(call.getJsonNumber("cesCiHigh").doubleValue()).isGreaterThan(mean);
        assertThat(mean).isBetween(3.5, 5.0);
        assertThat(call.getString("status")).isIn("OFF_TARGET", "AT_RISK");
        for (String share : List.of("lowEffortShare", "highEffortShare", "fcrRate", "repeatRate", "channelSwitchRate")) {
            assertThat(call.getJsonNumber(share).doubleValue()).as(share).isBetween(0.0, 1.0);
        }
        assertThat(call.getInt("waitP50")).isLessThanOrEqualTo(call.getInt("waitP90"));

        JsonObject total = report.getJsonObject("total");
        assertThat(total.getJsonNumber("responses").longValue()).isEqualTo(responses);
        assertThat(total.getJsonNumber("contacts").longValue()).isEqualTo(contacts);
        assertThat(report.getJsonArray("stages")).isNotEmpty();
    }

    @Test
    void hotspotsTrendsBeforeAfterAndKpisAnswerForTheDemoJourney() {
        long journey = demoJourney();
        LocalDate to = yesterday();
        LocalDate from = to.minusDays(89);
        String period = "journey=" + journey + "&from=" + from + "&to=" + to;

        JsonObject hotspots = ApiClient.json(api().get(DemoUser.EXECUTIVE, "/reports/hotspots?" + period, "en"));
        assertThat(hotspots.getJsonObject("assumptions").getJsonNumber("lowEffortRepurchaseRate").doubleValue()).isEqualTo(0.94);
        JsonObject first = hotspots.getJsonArray("hotspots").getJsonObject(0);
        assertThat(first.getString("code")).isEqualTo("RET-CALL-01");
        assertThat(first.getJsonNumber("customersReached").doubleValue()).isGreaterThan(0);

        JsonObject trends = ApiClient.json(api().get(DemoUser.DESIGNER, "/reports/trends?" + period + "&touchpoint=RET-CALL-01", "en"));
        JsonArray weeks = trends.getJsonObject("journey").getJsonArray("weeks");
        assertThat(weeks.size()).isBetween(13, 15);
        assertThat(LocalDate.parse(weeks.getJsonObject(1).getString("firstDay")).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(trends.getJsonArray("touchpoints")).hasSize(1);

        HttpResponse<String> comparison = api().get(DemoUser.OPS, "/reports/before-after?journey=" + journey
                + "&date=" + to.minusDays(27) + "&days=28", "en");
        assertThat(comparison.statusCode()).as(comparison.body()).isEqualTo(200);
        JsonObject ces = ApiClient.json(comparison).getJsonObject("journey").getJsonObject("ces");
        assertThat(ces.getJsonNumber("pValue").doubleValue()).isBetween(0.0, 1.0);

        HttpResponse<String> kpis = api().get(DemoUser.VIEWER, "/reports/kpis?" + period, "en");
        assertThat(kpis.statusCode()).as(kpis.body()).isEqualTo(200);
        assertThat(ApiClient.json(kpis).getJsonArray("kpis").stream().map(k -> k.asJsonObject().getString("outcome")))
                .isNotEmpty().allMatch(o -> List.of("MET", "MISSED", "NO_DATA", "NOT_MEASURABLE").contains(o));
    }

    @Test
    void reportsRefuseWhatTheyCannotAnswerNamingTheParameter() {
        long journey = demoJourney();
        HttpResponse<String> noJourney = api().get(DemoUser.VIEWER, "/reports/effort?from=2026-10-01&to=2026-10-31", "en");
        assertThat(noJourney.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noJourney).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("journey");

        assertThat(api().get(DemoUser.VIEWER, "/reports/effort?journey=987654321", "en").statusCode()).isEqualTo(404);

        HttpResponse<String> swapped = api().get(DemoUser.VIEWER, "/reports/effort?journey=" + journey
                + "&from=2026-10-31&to=2026-10-01", "en");
        assertThat(swapped.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(swapped).getString("message")).contains("swap");

        HttpResponse<String> badDay = api().get(DemoUser.VIEWER, "/reports/kpis?journey=" + journey + "&from=yesterday", "en");
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badDay).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("from");

        HttpResponse<String> tooLong = api().get(DemoUser.VIEWER, "/reports/effort?journey=" + journey
                + "&from=2020-01-01&to=2026-10-01", "en");
        assertThat(tooLong.statusCode()).isEqualTo(400);

        assertThat(api().callWith(null, "GET", "/reports/effort?journey=" + journey, null, null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<byte[]> export(DemoUser user, String query) {
        return api().send(user, "GET", "/reports/effort/export?" + query, null, null, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> ok(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response;
    }

    @Test
    void theEffortReportExportsAsPdfXlsxAndCsvHoldingTheReportsFigures() throws IOException {
        long journey = demoJourney();
        LocalDate to = yesterday();
        LocalDate from = to.minusDays(29);
        String period = "journey=" + journey + "&from=" + from + "&to=" + to;
        JsonObject report = ApiClient.json(api().get(DemoUser.VIEWER, "/reports/effort?" + period, "en"));
        JsonObject call = report.getJsonArray("touchpoints").stream().map(JsonValue::asJsonObject)
                .filter(t -> "RET-CALL-01".equals(t.getString("code"))).findFirst().orElseThrow();
        List<String> codes = report.getJsonArray("touchpoints").stream().map(t -> t.asJsonObject().getString("code")).toList();

        HttpResponse<byte[]> pdf = ok(export(DemoUser.VIEWER, period + "&format=pdf"));
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"effort-report-RET-" + from + "-" + to + ".pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Effort report · " + DemoData.DEMO_JOURNEY, "Plan and measurement per touchpoint",
                    "Hotspots", "Weekly trend", "KPI attainment");
            assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(text).contains(code));
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
        assertThat(ok(export(DemoUser.EXECUTIVE, period + "&format=PDF")).body()).as("the same request, the same bytes")
                .isEqualTo(pdf.body());
        try (PDDocument korean = Loader.loadPDF(ok(export(DemoUser.DESIGNER, period + "&format=pdf&lang=ko")).body())) {
            assertThat(new PDFTextStripper().getText(korean)).contains("고객 노력 보고서 · " + DemoData.DEMO_JOURNEY,
                    "접점별 계획과 측정");
        }

        HttpResponse<byte[]> xlsx = ok(export(DemoUser.OPS, period + "&format=xlsx"));
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Touchpoints");
            Row header = sheet.getRow(0);
            Row callRow = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && "RET-CALL-01".equals(row.getCell(0).getStringCellValue())) {
                    callRow = row;
                }
            }
            assertThat(callRow).isNotNull();
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Mean CES");
            assertThat(callRow.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(callRow.getCell(6).getNumericCellValue()).isEqualTo(call.getJsonNumber("cesMean").doubleValue());
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Responses");
            assertThat(callRow.getCell(5).getNumericCellValue()).isEqualTo(call.getJsonNumber("responses").doubleValue());
            assertThat(workbook.getSheet("Hotspots")).isNotNull();
            assertThat(workbook.getSheet("KPIs").getLastRowNum()).isGreaterThan(0);
        }
        assertThat(ok(export(DemoUser.OPS, period + "&format=xlsx")).body()).isEqualTo(xlsx.body());

        HttpResponse<byte[]> csv = ok(export(DemoUser.ADMIN, period + "&format=csv"));
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                new String(csv.body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("Touchpoint");
        // every touchpoint, each stage's subtotal and the journey total
        assertThat(records).hasSize(1 + codes.size() + report.getJsonArray("stages").size() + 1);
        CSVRecord callRecord = records.stream().filter(r -> r.get(0).equals("RET-CALL-01")).findFirst().orElseThrow();
        assertThat(Long.parseLong(callRecord.get(5))).isEqualTo(call.getJsonNumber("responses").longValue());
        assertThat(records.get(records.size() - 1).get(1)).isEqualTo("Journey total");
        assertThat(Long.parseLong(records.get(records.size() - 1).get(13)))
                .isEqualTo(report.getJsonObject("total").getJsonNumber("contacts").longValue());
    }

    @Test
    void theExportRefusesAnUnknownFormatOrLanguageNamingTheParameter() {
        long journey = demoJourney();
        HttpResponse<String> json = api().get(DemoUser.VIEWER, "/reports/effort/export?journey=" + journey + "&format=json", "en");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(json).getString("message")).isEqualTo("Choose a format: pdf, xlsx or csv (not \"json\").");
        assertThat(ApiClient.json(json).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("format");

        HttpResponse<String> none = api().get(DemoUser.VIEWER, "/reports/effort/export?journey=" + journey, "en");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(none).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("format");

        HttpResponse<String> french = api().get(DemoUser.VIEWER, "/reports/effort/export?journey=" + journey
                + "&format=pdf&lang=fr", "en");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(french).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("lang");

        assertThat(api().get(DemoUser.VIEWER, "/reports/effort/export?journey=987654321&format=pdf", "en").statusCode())
                .isEqualTo(404);
        assertThat(api().callWith(null, "GET", "/reports/effort/export?journey=" + journey + "&format=pdf", null, null)
                .statusCode()).isEqualTo(401);
    }
}
