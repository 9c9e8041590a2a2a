package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One guarantee, worded once: a guarantee with a USD refund per started 10 minutes and a points credit,
 * published through the API, reads with the same condition, remedy, payout and claim sentences on the
 * public charter page, in the charter JSON, on the guarantee page and in the CSV, XLSX and PDF exports,
 * in English and in Korean.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WordingIT {

    private static final String POSTAL_ADDRESS = "서울특별시 중구 세종대로 110, 고객센터";
    /** What a reader of each language must find on every surface, word for word. */
    private static final Map<String, List<String>> SENTENCES = Map.of(
            "en", List.of(
                    "Wait before being served: at most 90 seconds",
                    "Cash refund: USD 1.50 for every started 10 minutes, at most USD 20.00 in all.",
                    "Claim within 30 days.",
                    "Points credit: 1,000 points.",
                    "Paid automatically: you do not need to claim.",
                    "Web: https://shop.example.com/care/wording",
                    "Post: " + POSTAL_ADDRESS + " (postal code 04524)"),
            "ko", List.of(
                    "응대까지 대기 시간: 90초 이하",
                    "현금 환불: 시작된 10분마다 USD 1.50, 최대 USD 20.00.",
                    "30일 안에 청구하세요.",
                    "포인트 적립: 1,000포인트.",
                    "자동으로 지급합니다. 따로 청구하지 않아도 됩니다.",
                    "웹: https://shop.example.com/care/wording",
                    "우편: " + POSTAL_ADDRESS + " (우편번호 04524)"));
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private static String code;
    private static long serviceId;
    private static long versionId;
    private ApiClient api;

    @BeforeEach
    void publishedOnce() {
        api = new ApiClient(base);
        if (code != null) {
            return;
        }
        PublishedGuarantees guarantees = new PublishedGuarantees(api);
        serviceId = guarantees.service("Wording test " + UUID.randomUUID(), "WRD-CHAT-01");
        String newCode = "WRD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonObject terms = PublishedGuarantees.passingTerms("Chat answered within 90 seconds " + newCode, "WRD-CHAT-01",
                        guarantees.today())
                .add("condition", Json.createObjectBuilder().add("metric", "WAIT_TIME").add("operator", "AT_MOST")
                        .add("threshold", 90).add("unit", "SECONDS"))
                .add("claimChannels", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "WEB").add("contact", "https://shop.example.com/care/wording"))
                        .add(Json.createObjectBuilder().add("kind", "POST").add("contact", POSTAL_ADDRESS)
                                .add("postalCode", "04524")))
                .add("refundRules", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("remedy", "CASH_REFUND").add("amountKind", "PER_BREACH_UNIT")
                                .add("amount", 1.5).add("breachUnit", "MINUTES").add("breachUnitSize", 10).add("cap", 20)
                                .add("currency", "USD").add("payout", "ON_CLAIM")
                                .add("claimSteps", Json.createArrayBuilder().add("Open the chat history").add("Choose Late answer"))
                                .add("claimDeadlineDays", 30))
                        .add(Json.createObjectBuilder().add("remedy", "POINTS_CREDIT").add("amountKind", "FIXED")
                                .add("amount", 1000).add("payout", "AUTOMATIC")))
                .build();
        versionId = guarantees.publish(serviceId, newCode, terms).getJsonNumber("id").longValue();
        code = newCode;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theCharterPageSaysEachSentence(String lang) {
        HttpResponse<String> page = new Http().get(URI.create(base.toString()).resolve("/charter.xhtml"),
                "Accept-Language", lang);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(element(page.body(), "article", "guarantee-" + code))).contains(SENTENCES.get(lang));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theCharterJsonSaysEachSentenceInItsField(String lang) {
        JsonObject charter = ApiClient.json(api.call(null, "GET", "/charter?lang=" + lang, null, null));
        JsonObject g = charter.getJsonArray("guarantees").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("code").equals(code)).findFirst().orElseThrow();
        List<String> sentences = SENTENCES.get(lang);

        assertThat(g.getString("condition")).isEqualTo(sentences.get(0));
        assertThat(g.getJsonArray("remedies")).extracting(r -> r.asJsonObject().getString("text"))
                .containsExactly(sentences.get(1), sentences.get(3));
        assertThat(g.getJsonArray("remedies")).extracting(r -> r.asJsonObject().getString("payout"))
                .containsExactly(sentences.get(2), sentences.get(4));
        assertThat(g.getJsonArray("howToClaim")).extracting(h -> h.asJsonObject().getString("text"))
                .containsExactly(sentences.get(5), sentences.get(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theGuaranteePageSaysEachSentence(String lang) {
        Http browser = new Http();
        URI login = URI.create(base.toString()).resolve("/login.xhtml");
        browser.get(login, "Accept-Language", lang); // the session's language is the first request's
        browser.signIn(login, DemoUser.VIEWER.username, DemoUser.VIEWER.password(), "");

        HttpResponse<String> page = browser.get(URI.create(base.toString()).resolve("/policy/guarantee.xhtml?id=" + versionId),
                "Accept-Language", lang);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body())).contains(code).contains(SENTENCES.get(lang));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theCsvSaysEachSentence(String lang) throws IOException {
        byte[] bytes = export("csv", lang);
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(bytes, 3, bytes.length - 3,
                StandardCharsets.UTF_8)), CSVFormat.DEFAULT)) {
            CSVRecord row = parser.getRecords().stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow();

            assertThat(normalised(String.join(" ", row.toList()))).contains(SENTENCES.get(lang));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theXlsxSaysEachSentence(String lang) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx", lang)))) {
            DataFormatter cells = new DataFormatter();
            StringBuilder text = new StringBuilder();
            for (Row row : workbook.getSheetAt(0)) {
                if (cells.formatCellValue(row.getCell(0)).equals(code)) {
                    for (Cell cell : row) {
                        text.append(cells.formatCellValue(cell)).append(' ');
                    }
                }
            }

            assertThat(normalised(text.toString())).contains(SENTENCES.get(lang));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void thePdfSaysEachSentence(String lang) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export("pdf", lang))) {
            assertThat(normalised(new PDFTextStripper().getText(pdf))).contains(SENTENCES.get(lang));
        }
    }

    private byte[] export(String format, String lang) {
        HttpResponse<byte[]> response = api.send(DemoUser.OPS, "GET",
                "/policy/export?format=" + format + "&service=" + serviceId + "&lang=" + lang, null, null,
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(format).isEqualTo(200);
        return response.body();
    }

    /** The markup of the element {@code <tag id="id">}, up to its closing tag (not nested in itself). */
    private static String element(String html, String tag, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("an element " + id).isNotNegative();
        return html.substring(html.lastIndexOf("<" + tag, start), html.indexOf("</" + tag + ">", start));
    }

    /** What a reader of the page sees: the text without markup, entities read, spaces collapsed. */
    private static String text(String html) {
        String plain = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
        Matcher m = ENTITY.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return normalised(out.toString());
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
