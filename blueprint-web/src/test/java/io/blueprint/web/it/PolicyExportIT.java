package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
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
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The ops export over real HTTP against the demo guarantees: each format parses back, repeatably, role-checked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PolicyExportIT {

    private static final String CHECKSUM = "X-Guarantees-SHA256";
    /** Demo dates are relative to today in the company's zone, as the server computes it. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<byte[]> export(DemoUser user, String query) {
        return new ApiClient(base).send(user, "GET", "/policy/export?" + query, null, null,
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * An export of the demo service's guarantees (other tests publish guarantees of their own
     * elsewhere), as ops, which must succeed.
     */
    private HttpResponse<byte[]> ok(String query) {
        HttpResponse<byte[]> response = export(DemoUser.OPS, query + "&service=" + demoServiceId());
        assertThat(response.statusCode()).as(query + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response;
    }

    private long demoServiceId;

    private long demoServiceId() {
        if (demoServiceId == 0) {
            HttpResponse<String> services = new Http().get(URI.create(base.toString()).resolve("/api/v1/services"),
                    "Authorization", Http.basic(DemoUser.VIEWER.username, DemoUser.VIEWER.password()));
            demoServiceId = Http.json(services).asJsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("name").equals(DemoData.DEMO_SERVICE))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
        }
        return demoServiceId;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        return jakarta.json.Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))
                .readObject();
    }

    private static List<String> versions(JsonObject document) {
        List<String> versions = new ArrayList<>();
        for (JsonValue g : document.getJsonArray("guarantees")) {
            versions.add(g.asJsonObject().getString("code") + " v" + g.asJsonObject().getInt("revision"));
        }
        return versions;
    }

    @Test
    void csvParsesBackWithKoreanHeadingsAndTheDemoGuaranteesAndNoDraft() throws IOException {
        HttpResponse<byte[]> response = ok("format=csv&lang=ko");

        assertThat(header(response, "Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(header(response, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"guarantees-" + TODAY + ".csv\"");
        assertThat(header(response, CHECKSUM)).matches("[0-9a-f]{64}");
        byte[] bytes = response.body();
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        // read as a script reads it: no options, the first row the header
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();

            assertThat(parser.getHeaderNames()).startsWith("코드", "버전");
            assertThat(rows).extracting(r -> r.get("코드") + " v" + r.get("버전"))
                    .containsExactly("CARE-CALL-2MIN v2", "RET-REFUND-3BD v1");
            assertThat(rows.get(0).get("제목")).isEqualTo("Refund calls answered within 2 minutes");
            assertThat(rows.get(0).get("조건")).isEqualTo("응대까지 대기 시간: 120초 이하");
            assertThat(rows.get(1).get("청구 방법")).contains("110 Sejong-daero, Jung-gu, Seoul").contains("우편번호 04524");
        }
        assertThat(header(response, "X-Guarantees-As-Of")).isEqualTo(TODAY.toString());
        assertThat(header(response, "X-Guarantees-Versions")).isEqualTo("CARE-CALL-2MIN v2, RET-REFUND-3BD v1");
        assertThat(text).doesNotContain(DemoData.DEMO_PICKUP_GUARANTEE);
    }

    /**
     * The reported attack over HTTP: a service named {@code X,=cmd|' /C calc'!A0,} and a guarantee whose texts
     * start with + - @, a tab and the full-width ＝. Read as a spreadsheet reads it (every line, split at commas,
     * quotes honoured: Commons CSV's default format), no cell of any line starts a formula.
     */
    @Test
    void aServiceNamedToInjectAFormulaStartsNoCellInAnyLineOfTheCsv() throws IOException {
        PublishedGuarantees guarantees = new PublishedGuarantees(new ApiClient(base));
        String name = "X,=cmd|' /C calc'!A0, " + UUID.randomUUID();
        long service = guarantees.service(name, "INJ-CHAT-01");
        String code = "INJ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        guarantees.publish(service, code, PublishedGuarantees.passingTerms("+1+cmd|' /C calc'!A0", "INJ-CHAT-01",
                        guarantees.today())
                .add("promise", "-1+cmd|' /C calc'!A0 answered within 60 seconds")
                .add("scope", "@SUM(1+1)")
                .add("exclusions", jakarta.json.Json.createArrayBuilder().add("\t=1+1").add("＝1+1"))
                .add("owner", "=owner").build());

        HttpResponse<byte[]> response = export(DemoUser.OPS, "format=csv&service=" + service);

        assertThat(response.statusCode()).isEqualTo(200);
        String text = new String(response.body(), 3, response.body().length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            List<CSVRecord> lines = parser.getRecords();
            for (CSVRecord line : lines) {
                for (String cell : line) {
                    assertThat(cell.isEmpty() || "=+-@\t\r＝＋－＠".indexOf(cell.charAt(0)) < 0)
                            .as("line %d, cell %s", line.getRecordNumber(), cell).isTrue();
                }
            }
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1).toList()).contains(code, name, "'+1+cmd|' /C calc'!A0", "'@SUM(1+1)", "'=owner");
        }
        assertThat(header(response, "X-Guarantees-Versions")).isEqualTo(code + " v1");
    }

    @Test
    void xlsxParsesBackWithTheDemoGuarantees() throws IOException {
        HttpResponse<byte[]> response = ok("format=xlsx");

        assertThat(header(response, "Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("Guarantees");
            DataFormatter cells = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                rows.add(cells.formatCellValue(row.getCell(0)) + " v" + cells.formatCellValue(row.getCell(1))
                        + " " + cells.formatCellValue(row.getCell(3)));
            }

            assertThat(rows.get(0)).isEqualTo("Code vVersion Title");
            assertThat(rows.subList(1, rows.size())).hasSize(2)
                    .anySatisfy(r -> assertThat(r).startsWith("CARE-CALL-2MIN v2 ").contains("Refund calls answered within 2 minutes"))
                    .anySatisfy(r -> assertThat(r).startsWith("RET-REFUND-3BD v1 ").contains("Refund within 3 business days"));
            StringBuilder about = new StringBuilder();
            workbook.getSheet("About").forEach(row -> row.forEach(c -> about.append(cells.formatCellValue(c)).append(' ')));
            assertThat(about).contains(TODAY.toString()).contains(header(response, CHECKSUM));
        }
    }

    @Test
    void pdfReadsBackInKoreanAndNoDraft() throws IOException {
        HttpResponse<byte[]> response = ok("format=pdf&lang=ko");

        assertThat(header(response, "Content-Type")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(text).contains("시행 중인 서비스 보증").contains("Refund calls answered within 2 minutes")
                    .contains("Refund within 3 business days").contains("CARE-CALL-2MIN · 버전 2")
                    .contains(header(response, CHECKSUM))
                    .doesNotContain(DemoData.DEMO_PICKUP_GUARANTEE).doesNotContain("Quick courier pickup");
        }
    }

    @Test
    void jsonCarriesTheVersionsTheirDatesAndTheSameChecksumAsTheOtherFormats() {
        HttpResponse<byte[]> response = ok("format=json");
        JsonObject document = json(response);

        assertThat(header(response, "Content-Type")).startsWith("application/json");
        assertThat(document.getString("asOf")).isEqualTo(TODAY.toString());
        assertThat(versions(document)).containsExactly("CARE-CALL-2MIN v2", "RET-REFUND-3BD v1");
        JsonArray guarantees = document.getJsonArray("guarantees");
        assertThat(guarantees.getJsonObject(0).getString("effectiveFrom")).isEqualTo(TODAY.minusDays(30).toString());
        assertThat(document.getString("checksum")).isEqualTo(header(response, CHECKSUM));
        for (String format : List.of("csv", "xlsx", "pdf")) {
            assertThat(header(ok("format=" + format), CHECKSUM)).as(format).isEqualTo(document.getString("checksum"));
        }
    }

    @Test
    void twoIdenticalRequestsGiveIdenticalBytes() throws InterruptedException {
        for (String format : List.of("csv", "xlsx", "json", "pdf")) {
            byte[] first = ok("format=" + format + "&lang=ko").body();
            Thread.sleep(format.equals("xlsx") ? 2_100 : 1_100); // past the two-second grain of ZIP times
            byte[] second = ok("format=" + format + "&lang=ko").body();

            assertThat(second).as(format).isEqualTo(first);
        }
    }

    @Test
    void theAsOfDateChoosesTheVersionInForceOnEitherSideOfTheChange() {
        LocalDate beforeChange = TODAY.minusDays(31);

        List<String> before = versions(json(ok("format=json&date=" + beforeChange)));
        List<String> now = versions(json(ok("format=json&date=" + TODAY)));

        assertThat(before).containsExactly("CARE-CALL-2MIN v1", "RET-REFUND-3BD v1");
        assertThat(now).containsExactly("CARE-CALL-2MIN v2", "RET-REFUND-3BD v1");
        assertThat(versions(json(ok("format=json&date=" + TODAY.minusDays(181))))).isEmpty();
    }

    @Test
    void theChannelFilterPhoneKeepsOnlyTheCallGuarantee() {
        HttpResponse<byte[]> phone = ok("format=json&channel=phone");

        assertThat(versions(json(phone))).containsExactly("CARE-CALL-2MIN v2");
        assertThat(json(phone).getString("channel")).isEqualTo("PHONE");
        assertThat(header(phone, CHECKSUM)).isNotEqualTo(header(ok("format=json"), CHECKSUM));
    }

    @Test
    void opsExecutivesAndAdminsMayExportDesignersAndViewersMayNot() {
        assertThat(export(DemoUser.EXECUTIVE, "format=csv").statusCode()).isEqualTo(200);
        assertThat(export(DemoUser.ADMIN, "format=csv").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> viewer = export(DemoUser.VIEWER, "format=csv");
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(json(viewer).getString("code")).isEqualTo("forbidden");
        assertThat(export(DemoUser.DESIGNER, "format=pdf").statusCode()).isEqualTo(403);
        assertThat(export(null, "format=csv").statusCode()).isEqualTo(401);
    }

    @Test
    void theOpsPagePreviewsTheVersionsAndDownloadsTheSameFileAsTheApi() {
        Http browser = new Http();
        URI page = URI.create(base.toString()).resolve("/policy/export.xhtml");
        browser.signIn(URI.create(base.toString()).resolve("/login.xhtml"), DemoUser.OPS.username,
                DemoUser.OPS.password(), "");

        HttpResponse<String> shown = browser.get(page, "Accept-Language", "en");

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Export the guarantees in force", "Guarantees in the export (",
                        "CARE-CALL-2MIN", "RET-REFUND-3BD", "aria-label=\"Download the guarantees as Excel\"")
                .doesNotContain(DemoData.DEMO_PICKUP_GUARANTEE);
        java.util.Map<String, String> form = Http.formState(shown);
        form.putAll(java.util.Map.of(
                "export", "export",
                "export:date_input", TODAY.toString(),
                "export:service_input", "",
                "export:channel_input", "",
                "export:download-csv", ""));
        HttpResponse<String> download = browser.postForm(page, form);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(header(download, "Content-Disposition")).contains("guarantees-" + TODAY + ".csv");
        assertThat(download.body()).isEqualTo(new String(export(DemoUser.OPS, "format=csv").body(), StandardCharsets.UTF_8));
    }

    @Test
    void theOpsPageTurnsAwayAViewer() {
        Http browser = new Http();
        browser.signIn(URI.create(base.toString()).resolve("/login.xhtml"), DemoUser.VIEWER.username,
                DemoUser.VIEWER.password(), "");

        HttpResponse<String> shown = browser.get(URI.create(base.toString()).resolve("/policy/export.xhtml"));

        assertThat(shown.statusCode()).isEqualTo(403);
        assertThat(shown.body()).doesNotContain("CARE-CALL-2MIN");
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertBadParameter("format=docx", 400, "format");
        assertBadParameter("date=today", 400, "format");
        assertBadParameter("format=csv&date=2026-13-45", 400, "date");
        assertBadParameter("format=csv&channel=PIGEON", 400, "channel");
        assertBadParameter("format=csv&service=abc", 400, "service");
        assertBadParameter("format=csv&service=999999", 404, "service");
        assertBadParameter("format=csv&lang=fr", 400, "lang");
    }

    private void assertBadParameter(String query, int status, String field) {
        HttpResponse<byte[]> response = export(DemoUser.OPS, query);
        assertThat(response.statusCode()).as(query).isEqualTo(status);
        assertThat(header(response, "Content-Type")).as(query).startsWith("application/json");
        JsonObject error = json(response);
        assertThat(error.getJsonArray("fieldErrors").getJsonObject(0).getString("field")).as(query).isEqualTo(field);
        assertThat(error.getString("message")).as(query).isNotBlank();
    }
}
