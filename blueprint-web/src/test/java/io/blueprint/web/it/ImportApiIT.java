package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The import API over real HTTP: the file as the body, 201 with Location and counts, the history, the error report, refusals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {

    private static final String HEADER = "response_id,touchpoint_code,answered_at,channel,ces,ces_scale,csat,nps,customer\n";

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

    private long service() {
        return new PublishedGuarantees(api()).service("Imports " + UUID.randomUUID(), "IMP-CHAT-01");
    }

    private HttpResponse<String> upload(DemoUser user, long service, String source, String csv, String language) {
        return api().upload(user, "/imports/survey-responses?service=" + service + "&source=" + source
                + "&fileName=returns.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), language);
    }

    @Test
    void opsImportAFileSeeTheCountsFindTheImportInTheHistoryAndDownloadItsErrorReport() {
        long service = service();
        String source = "api-" + UUID.randomUUID();
        HttpResponse<String> created = upload(DemoUser.OPS, service, source, HEADER
                + "R1,IMP-CHAT-01,2026-10-01T09:00:00Z,CHAT,6,CES2,5,10,lee@example.com\n"
                + "R2,IMP-NONE-01,2026-10-01T09:00:00Z,CHAT,6,CES2,,,\n"
                + "R3,IMP-CHAT-01,2026-10-01T09:00:00Z,CHAT,=1+2,CES2,,,\n"
                + "R4,IMP-CHAT-01,2026-10-01T10:00:00Z,,2,CES1,,,\n", "en");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject summary = ApiClient.json(created);
        assertThat(summary.getString("kind")).isEqualTo("survey-responses");
        assertThat(summary.getString("status")).isEqualTo("COMPLETED");
        assertThat(summary.getString("mode")).isEqualTo("partial");
        assertThat(summary.getString("actor")).isEqualTo(DemoUser.OPS.username);
        assertThat(summary.getString("fileName")).isEqualTo("returns.csv");
        assertThat(summary.getInt("read")).isEqualTo(4);
        assertThat(summary.getInt("stored")).isEqualTo(2);
        assertThat(summary.getInt("rejected")).isEqualTo(2);
        assertThat(summary.getString("encoding")).isEqualTo("UTF-8");
        assertThat(summary.getString("separator")).isEqualTo(",");
        assertThat(summary.getInt("headerRows")).isEqualTo(1);
        assertThat(summary.getJsonArray("unknownCodes").getJsonObject(0).getString("code")).isEqualTo("IMP-NONE-01");
        long id = summary.getJsonNumber("id").longValue();
        assertThat(URI.create(location).getPath()).isEqualTo("/api/v1/imports/" + id);

        JsonObject again = ApiClient.json(api().get(DemoUser.OPS, "/imports/" + id, "en"));
        assertThat(again.getInt("stored")).isEqualTo(2);
        assertThat(again.getJsonObject("progress").getInt("rowsDone")).isEqualTo(4);
        assertThat(Http.json(api().get(DemoUser.OPS, "/imports?limit=5", "en")).asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue()).isEqualTo(id);

        HttpResponse<String> report = api().get(DemoUser.OPS, "/imports/" + id + "/errors", "en");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(report.body()).startsWith("\uFEFF\"Line\",\"Column\",\"Value\",\"Reason\"\r\n");
        assertThat(report.body()).contains("\"3\",\"touchpoint_code\",\"IMP-NONE-01\",\"The service has no touchpoint with the code IMP-NONE-01");
        // a value that would run as a formula in a spreadsheet is neutralised
        assertThat(report.body()).contains("\"4\",\"ces\",\"'=1+2\",\"This is not a number.\"");
        HttpResponse<String> korean = api().get(DemoUser.OPS, "/imports/" + id + "/errors", "ko");
        assertThat(korean.body()).startsWith("\uFEFF\"줄\",\"열\",\"값\",\"이유\"").contains("숫자가 아닙니다");

        HttpResponse<String> twice = upload(DemoUser.OPS, service, source, HEADER
                + "R1,IMP-CHAT-01,2026-10-01T09:00:00Z,CHAT,6,CES2,5,10,lee@example.com\n", "en");
        assertThat(ApiClient.json(twice).getInt("duplicates")).isEqualTo(1);
        assertThat(ApiClient.json(twice).getInt("stored")).isZero();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWith400NamingItsLineAndStoresNothing() {
        long service = service();
        HttpResponse<String> refused = upload(DemoUser.OPS, service, "broken-" + UUID.randomUUID(), HEADER
                + "B1,IMP-CHAT-01,2026-10-01T09:00:00Z,CHAT,6,CES2,,,\n"
                + "B2,IMP-CHAT-01,2026-10-01T09:00:00Z,CHAT,6,CES2,,,\"open\n", "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused).getString("message")).contains("line 3").contains("Nothing was stored");
        JsonObject failed = Http.json(api().get(DemoUser.OPS, "/imports?limit=1", "en")).asJsonArray().getJsonObject(0);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getInt("stored")).isZero();
        assertThat(failed.getJsonObject("failure").getInt("line")).isEqualTo(3);
    }

    @Test
    void onlyOpsAndAdminsMayImportAndBadParametersAreNamed() {
        long service = service();
        String csv = HEADER + "V1,IMP-CHAT-01,2026-10-01T09:00:00Z,CHAT,6,CES2,,,\n";
        assertThat(upload(DemoUser.VIEWER, service, "viewer", csv, "en").statusCode()).isEqualTo(403);
        assertThat(upload(DemoUser.DESIGNER, service, "designer", csv, "en").statusCode()).isEqualTo(403);
        assertThat(upload(null, service, "nobody", csv, "en").statusCode()).isEqualTo(401);
        assertThat(api().get(DemoUser.VIEWER, "/imports", "en").statusCode()).isEqualTo(403);
        assertThat(upload(DemoUser.ADMIN, service, "admin-" + UUID.randomUUID(), csv, "en").statusCode()).isEqualTo(201);

        HttpResponse<String> noSource = upload(DemoUser.OPS, service, "", csv, "en");
        assertThat(noSource.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noSource).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("source");
        HttpResponse<String> noService = upload(DemoUser.OPS, 987_654_321L, "x", csv, "en");
        assertThat(noService.statusCode()).isEqualTo(404);
    }

    @Test
    void aFeedStoresAJsonBatchLikeAFileAndCountsItsRepeatAsDuplicates() {
        long service = service();
        String source = "feed-" + UUID.randomUUID();
        String batch = "[{\"contact_id\":\"F1\",\"customer\":\"+8210\",\"touchpoint_code\":\"IMP-CHAT-01\","
                + "\"started_at\":\"2026-10-01T09:00:00Z\",\"channel\":\"CHAT\",\"wait_seconds\":42,\"handle_seconds\":300,"
                + "\"transfers\":0,\"resolved\":true,\"abandoned\":false},"
                + "{\"contact_id\":\"F2\",\"touchpoint_code\":\"IMP-CHAT-01\",\"started_at\":\"2026-10-01T10:00:00Z\","
                + "\"wait_seconds\":-1,\"resolved\":\"N\",\"abandoned\":\"Y\"}]";
        HttpResponse<String> stored = api().call(DemoUser.OPS, "POST", "/measurements/contact-events?service=" + service
                + "&source=" + source, null, batch);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(ApiClient.json(stored).getInt("stored")).isEqualTo(1);
        assertThat(ApiClient.json(stored).getInt("rejected")).isEqualTo(1);
        long id = ApiClient.json(stored).getJsonNumber("id").longValue();
        assertThat(api().get(DemoUser.OPS, "/imports/" + id + "/errors", "en").body())
                // a leading minus is a formula sign to a spreadsheet program: the report neutralises it too
                .contains("\"3\",\"wait_seconds\",\"'-1\",\"This cannot be below zero.\"");

        HttpResponse<String> again = api().call(DemoUser.OPS, "POST", "/measurements/contact-events?service=" + service
                + "&source=" + source, null, batch);
        assertThat(ApiClient.json(again).getInt("duplicates")).isEqualTo(1);
        assertThat(ApiClient.json(again).getInt("stored")).isZero();

        HttpResponse<String> unknown = api().call(DemoUser.OPS, "POST", "/measurements/contact-events?service=" + service
                + "&source=" + source, null, "[{\"contact_id\":\"F3\",\"colour\":\"red\"}]");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknown).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("[0].colour");
    }

    @Test
    void aSavedMappingMakesTheNextQualtricsExportOfItsSourceImportWithoutQuestions() throws Exception {
        long service = service();
        String source = "qualtrics-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> saved = api().call(DemoUser.OPS, "PUT", "/import-sources/" + source, null,
                "{\"kind\":\"survey-responses\",\"mapping\":{\"columns\":{\"response_id\":\"ResponseId\","
                        + "\"answered_at\":\"EndDate\",\"ces\":\"Q1\"},\"fixedTouchpoint\":\"IMP-CHAT-01\","
                        + "\"cesScale\":\"CES2\",\"zone\":\"Europe/Zurich\"}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonObject read = ApiClient.json(api().get(DemoUser.OPS, "/import-sources/" + source, "en"));
        assertThat(read.getJsonObject("mapping").getJsonObject("columns").getString("ces")).isEqualTo("Q1");
        assertThat(read.getString("updatedBy")).isEqualTo(DemoUser.OPS.username);

        byte[] export = java.nio.file.Files.readAllBytes(fixtures().resolve("qualtrics-qualtRics/qualtrics_3header_sample.csv"));
        HttpResponse<String> imported = api().upload(DemoUser.OPS, "/imports/survey-responses?service=" + service
                + "&source=" + source, "text/csv", export, "en");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonObject summary = ApiClient.json(imported);
        assertThat(summary.getString("layout")).isEqualTo("QUALTRICS");
        assertThat(summary.getInt("headerRows")).isEqualTo(3);
        assertThat(summary.getInt("stored")).isPositive();
        assertThat(summary.getInt("stored") + summary.getInt("rejected")).isEqualTo(summary.getInt("read"));

        assertThat(api().call(DemoUser.OPS, "DELETE", "/import-sources/" + source, null, null).statusCode()).isEqualTo(204);
        assertThat(api().get(DemoUser.OPS, "/import-sources/" + source, "en").statusCode()).isEqualTo(404);
        assertThat(api().call(DemoUser.VIEWER, "PUT", "/import-sources/" + source, null, "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void aSpreadsheetSavedByASpreadsheetProgramImportsWithItsDateCells() throws Exception {
        long service = service();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Responses");
            String[] header = HEADER.strip().split(",");
            org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            for (int r = 1; r <= 2; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("X" + r);
                row.createCell(1).setCellValue("IMP-CHAT-01");
                org.apache.poi.ss.usermodel.Cell answered = row.createCell(2);
                answered.setCellValue(java.time.LocalDateTime.of(2026, 10, r, 9, 30));
                answered.setCellStyle(date);
                row.createCell(4).setCellValue(4 + r);
                row.createCell(5).setCellValue("CES2");
            }
            workbook.write(bytes);
        }
        HttpResponse<String> imported = api().upload(DemoUser.OPS, "/imports/survey-responses?service=" + service
                + "&source=xlsx-" + UUID.randomUUID(), ImportResource_XLSX, bytes.toByteArray(), "en");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(ApiClient.json(imported).getInt("stored")).isEqualTo(2);
        assertThat(ApiClient.json(imported).getInt("rejected")).isZero();
    }

    private static final String ImportResource_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static java.nio.file.Path fixtures() {
        String configured = System.getProperty("blueprint.fixtures");
        return configured != null ? java.nio.file.Path.of(configured)
                : java.nio.file.Path.of(System.getProperty("user.dir")).resolve("../../shared/fixtures").normalize();
    }
}
