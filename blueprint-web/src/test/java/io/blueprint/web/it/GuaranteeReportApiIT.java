package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import io.blueprint.web.startup.DemoData;
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
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantee outcome report over real HTTP on the demo's 90 days of measurements: both published demo guarantees
 * have breaches and a cost out of the box, and the report downloads as PDF, XLSX and CSV holding the API's figures,
 * the same bytes for the same request; bad parameters are refused naming them.
 */
class GuaranteeReportApiIT extends ApiTests {

    private long demoService() {
        return Http.json(api().get(DemoUser.VIEWER, "/services", "en")).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> DemoData.DEMO_SERVICE.equals(s.getString("name"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** The demo's measurements end yesterday and go back 90 days: the last three whole months and this one hold them. */
    private static String period() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1);
        return "from=" + YearMonth.from(yesterday).minusMonths(3).atDay(1) + "&to=" + yesterday;
    }

    private static JsonObject guarantee(JsonObject report, String code) {
        return report.getJsonArray("guarantees").stream().map(JsonValue::asJsonObject)
                .filter(g -> code.equals(g.getString("code"))).findFirst().orElseThrow(() -> new AssertionError(code + " not in " + report));
    }

    private HttpResponse<byte[]> export(DemoUser user, String query) {
        HttpResponse<byte[]> response = api().send(user, "GET", "/reports/guarantees/export?" + query, null, null,
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response;
    }

    @Test
    void theDemoGuaranteesHaveBreachesAndACostOutOfTheBox() {
        long service = demoService();
        JsonObject report = ApiClient.json(api().get(DemoUser.VIEWER, "/reports/guarantees?service=" + service, "en"));
        assertThat(report.getString("serviceName")).isEqualTo(DemoData.DEMO_SERVICE);
        for (String code : List.of(DemoData.DEMO_CALL_GUARANTEE, DemoData.DEMO_REFUND_GUARANTEE)) {
            JsonObject total = guarantee(report, code).getJsonObject("total");
            assertThat(total.getJsonNumber("measured").longValue()).as(code + " measured").isGreaterThan(100);
            assertThat(total.getJsonNumber("breaches").longValue()).as(code + " breaches").isPositive();
            // kept more often than broken: the demo's waits and refunds lie around the promise, not far beyond it
            assertThat(total.getJsonNumber("breachRate").doubleValue()).as(code + " breach rate").isBetween(0.01, 0.5);
            assertThat(total.getJsonNumber("customersOwed").longValue()).as(code + " customers owed").isPositive();
            assertThat(total.getJsonNumber("cost").bigDecimalValue()).as(code + " cost").isGreaterThan(BigDecimal.ZERO);
            assertThat(total.getString("currency")).isEqualTo("KRW");
        }
    }

    @Test
    void theReportExportsAsPdfXlsxAndCsvHoldingTheReportsFigures() throws IOException {
        long service = demoService();
        String query = "service=" + service + "&" + period();
        JsonObject report = ApiClient.json(api().get(DemoUser.VIEWER, "/reports/guarantees?" + query, "en"));
        JsonObject call = guarantee(report, DemoData.DEMO_CALL_GUARANTEE).getJsonObject("total");
        String from = report.getString("from");
        String to = report.getString("to");

        HttpResponse<byte[]> pdf = export(DemoUser.VIEWER, query + "&format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"guarantee-report-service-" + service + "-" + from + "-" + to + ".pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Guarantee outcomes · " + DemoData.DEMO_SERVICE, "Breaches and cost per guarantee",
                    "Breach rate per month", "Month by month", "On-claim remedies are counted at 25% claimed",
                    DemoData.DEMO_CALL_GUARANTEE, DemoData.DEMO_REFUND_GUARANTEE);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
        assertThat(export(DemoUser.EXECUTIVE, query + "&format=PDF").body()).as("the same request, the same bytes")
                .isEqualTo(pdf.body());
        try (PDDocument korean = Loader.loadPDF(export(DemoUser.DESIGNER, query + "&format=pdf&lang=ko").body())) {
            assertThat(new PDFTextStripper().getText(korean)).contains("보증 성과 · " + DemoData.DEMO_SERVICE, "보증별 위반과 보상 비용");
        }

        HttpResponse<byte[]> xlsx = export(DemoUser.OPS, query + "&format=xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Guarantees");
            List<String> header = header(sheet);
            Row callRow = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && DemoData.DEMO_CALL_GUARANTEE.equals(row.getCell(0).getStringCellValue())) {
                    callRow = row;
                }
            }
            assertThat(callRow).isNotNull();
            var measured = callRow.getCell(header.indexOf("Measured"));
            assertThat(measured.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(measured.getNumericCellValue()).isEqualTo(call.getJsonNumber("measured").doubleValue());
            var rate = callRow.getCell(header.indexOf("Breach rate"));
            assertThat(rate.getNumericCellValue()).isEqualTo(call.getJsonNumber("breachRate").doubleValue());
            assertThat(rate.getCellStyle().getDataFormatString()).contains("%");
            assertThat(callRow.getCell(header.indexOf("Expected cost")).getNumericCellValue())
                    .isEqualTo(call.getJsonNumber("cost").doubleValue());
            assertThat(callRow.getCell(header.indexOf("Currency")).getStringCellValue()).isEqualTo("KRW");
            assertThat(workbook.getSheet("Months").getLastRowNum()).as("a row per guarantee and month").isGreaterThanOrEqualTo(8);
            assertThat(workbook.getSheet("About")).isNotNull();
        }
        assertThat(export(DemoUser.OPS, query + "&format=xlsx").body()).isEqualTo(xlsx.body());

        HttpResponse<byte[]> csv = export(DemoUser.ADMIN, query + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                new String(csv.body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        List<String> header = records.get(0).toList();
        assertThat(header.get(0)).isEqualTo("Guarantee");
        assertThat(records).hasSize(1 + report.getJsonArray("guarantees").size());
        CSVRecord callRecord = records.stream().filter(r -> r.get(0).equals(DemoData.DEMO_CALL_GUARANTEE)).findFirst().orElseThrow();
        assertThat(Long.parseLong(callRecord.get(header.indexOf("Measured")))).isEqualTo(call.getJsonNumber("measured").longValue());
        assertThat(new BigDecimal(callRecord.get(header.indexOf("Expected cost"))))
                .isEqualByComparingTo(call.getJsonNumber("cost").bigDecimalValue());
    }

    @Test
    void theExportRefusesABadFormatLanguageOrServiceNamingTheParameter() {
        for (String[] bad : new String[][]{{"format=json", "format"}, {"", "format"}, {"format=pdf&lang=fr", "lang"},
                {"format=pdf&service=abc", "service"}, {"format=pdf&from=2026-13-01", "from"}}) {
            HttpResponse<String> refused = api().get(DemoUser.VIEWER, "/reports/guarantees/export?" + bad[0], "en");
            assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(ApiClient.json(refused).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo(bad[1]);
        }
        HttpResponse<String> json = api().get(DemoUser.VIEWER, "/reports/guarantees/export?format=json", "en");
        assertThat(ApiClient.json(json).getString("message")).isEqualTo("Choose a format: pdf, xlsx or csv (not \"json\").");
        HttpResponse<String> unknown = api().get(DemoUser.VIEWER, "/reports/guarantees/export?format=csv&service=987654321", "en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(unknown).getString("message")).isEqualTo("There is no service with id 987654321.");
        assertThat(api().callWith(null, "GET", "/reports/guarantees/export?format=csv", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentNamesTheExportsParameters() {
        JsonObject paths = Http.json(new Http().get(java.net.URI.create(base.toString()).resolve("/openapi?format=JSON")))
                .asJsonObject().getJsonObject("paths");
        assertThat(parameters(paths, "/api/v1/reports/guarantees/export")).contains("format", "from", "to", "service", "lang");
        assertThat(parameters(paths, "/api/v1/reports/guarantees")).contains("from", "to", "service");
        assertThat(parameters(paths, "/api/v1/reports/effort")).contains("journey", "from", "to");
    }

    private static List<String> parameters(JsonObject paths, String path) {
        return paths.getJsonObject(path).getJsonObject("get").getJsonArray("parameters").stream()
                .map(p -> p.asJsonObject().getString("name")).toList();
    }

    /** The header cells of a sheet. */
    private static List<String> header(Sheet sheet) {
        List<String> header = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }
}
