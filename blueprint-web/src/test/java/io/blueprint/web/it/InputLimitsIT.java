package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input has a stated limit, checked before expensive work, and every refusal is the JSON error
 * body naming the field and the limit: documents, bodies, numbers, dates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLimitsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    /** A journey document with {@code steps} steps in one stage. */
    private static String document(int steps) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < steps; i++) {
            list.add(Json.createObjectBuilder().add("key", "P" + i).add("stage", "S1").add("lane", "BACKSTAGE")
                    .add("title", "Step " + i + " of a very long blueprint that someone generated"));
        }
        return Json.createObjectBuilder().add("format", "blueprint-journey/1").add("service", "Limits " + UUID.randomUUID())
                .add("name", "Huge").add("stages", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("key", "S1").add("name", "All")))
                .add("steps", list).build().toString();
    }

    private static void assertJsonError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(ApiClient.json(response).getInt("status")).isEqualTo(status);
    }

    @Test
    void aSixtyThousandStepDocumentIsRefusedBeforeItIsRead() {
        String huge = document(60_000);
        assertThat(huge.length()).as("about 5 MB").isGreaterThan(4_000_000);

        Instant start = Instant.now();
        HttpResponse<String> refused = api.call(DemoUser.DESIGNER, "POST", "/journeys/import", null, huge);
        Duration took = Duration.between(start, Instant.now());

        assertJsonError(refused, 413);
        assertThat(ApiClient.json(refused).getString("message")).contains("at most 2,048 KiB");
        System.out.println("60,000-step document refused in " + took.toMillis() + " ms (it took about 95 s before)");
        // not a timing test: an order of magnitude of slack over the refusal, far below the old 95 s
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aDocumentUnderTheSizeLimitButOverTheStepLimitIsRefusedNamingTheLimit() {
        HttpResponse<String> refused = api.call(DemoUser.DESIGNER, "POST", "/journeys/import", null, document(2_001));

        assertJsonError(refused, 400);
        JsonObject field = ApiClient.json(refused).getJsonArray("fieldErrors").getJsonObject(0);
        assertThat(field.getString("field")).isEqualTo("steps");
        assertThat(field.getString("message")).isEqualTo("A journey has at most 2,000 steps.");

        HttpResponse<String> fits = api.call(DemoUser.DESIGNER, "POST", "/journeys/import", null, document(1_500));
        assertThat(fits.statusCode()).as(fits.body()).isEqualTo(201);
    }

    @Test
    void anOrdinaryBodyHasItsOwnSmallerLimit() {
        String name = "x".repeat(300 * 1024);
        HttpResponse<String> refused = api.call(DemoUser.DESIGNER, "POST", "/services", null,
                "{\"name\":\"" + name + "\"}");

        assertJsonError(refused, 413);
        assertThat(ApiClient.json(refused).getString("message")).contains("at most 256 KiB");
    }

    private HttpResponse<String> checkTerms(String threshold, String amount, String effectiveFrom) {
        String terms = "{\"title\":\"T\",\"promise\":\"P\",\"condition\":{\"metric\":\"WAIT_TIME\",\"operator\":\"AT_MOST\","
                + "\"threshold\":" + threshold + ",\"unit\":\"SECONDS\"},\"effectiveFrom\":\"" + effectiveFrom + "\","
                + "\"refundRules\":[{\"remedy\":\"CASH_REFUND\",\"amountKind\":\"FIXED\",\"amount\":" + amount
                + ",\"payout\":\"AUTOMATIC\"}]}";
        long service = Http.json(api.call(DemoUser.VIEWER, "GET", "/services", null, null)).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(io.blueprint.web.startup.DemoData.DEMO_SERVICE))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        return api.call(DemoUser.DESIGNER, "POST", "/guarantees", null,
                "{\"serviceId\":" + service + ",\"code\":\"LIM-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"terms\":" + terms + "}");
    }

    @Test
    void numbersTheColumnsCannotHoldAreRefusedNamingTheField() {
        for (String threshold : new String[]{"1e20", "1e1000000000", "123456789012345"}) {
            HttpResponse<String> refused = checkTerms(threshold, "1000", "2027-01-01");
            assertJsonError(refused, 400);
            assertThat(refused.body()).as(threshold).contains("condition.threshold");
        }
        HttpResponse<String> amount = checkTerms("120", "1e15", "2027-01-01");
        assertJsonError(amount, 400);
        assertThat(amount.body()).contains("amount", "at most 999,999,999,999.99");
    }

    @Test
    void daysOutsideTheYears1900To9999AreRefused() {
        HttpResponse<String> farFuture = checkTerms("120", "1000", "+999999999-01-01");
        assertJsonError(farFuture, 400);

        HttpResponse<String> yearNineHundredMillion = api.call(DemoUser.VIEWER, "GET",
                "/guarantees/in-force?date=-999999999-01-01", null, null);
        assertJsonError(yearNineHundredMillion, 400);
        assertThat(ApiClient.json(yearNineHundredMillion).getJsonArray("fieldErrors").getJsonObject(0).getString("field"))
                .isEqualTo("date");
        HttpResponse<String> year1800 = api.call(DemoUser.VIEWER, "GET", "/guarantees/in-force?date=1800-01-01", null, null);
        assertJsonError(year1800, 400);
        assertThat(year1800.body()).contains("1900", "9999");
    }

    @Test
    void errorsTheRuntimeWritesItselfAreJsonToo() {
        assertJsonError(api.call(DemoUser.VIEWER, "GET", "/no-such-thing", null, null), 404);
        assertJsonError(api.call(DemoUser.VIEWER, "PATCH", "/services", null, "{}"), 405);
        assertJsonError(api.call(null, "GET", "/services", null, null), 401);
        assertJsonError(api.call(DemoUser.DESIGNER, "POST", "/services", null, "{\"name\": [1, 2"), 400);
    }
}
