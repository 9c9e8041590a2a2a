package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey API over real HTTP: roles, ETag/If-Match, validation, and the JSON round trip. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneyApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    private URI at(String path) {
        return api().at(path);
    }

    private ApiClient api() {
        if (api == null) {
            api = new ApiClient(base);
        }
        return api;
    }

    private HttpResponse<String> call(DemoUser user, String method, String path, String etag, String body) {
        return api().call(user, method, path, etag, body);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    private static String etag(HttpResponse<String> response) {
        return ApiClient.etag(response);
    }

    /** A service with a journey: 2 stages, steps in 3 lanes, a touchpoint with plan and KPIs, flows. */
    private record Built(long serviceId, long journeyId, long stepId, String etag) {
    }

    private Built build(String serviceName) {
        HttpResponse<String> service = call(DemoUser.DESIGNER, "POST", "/services", null,
                "{\"name\":\"" + serviceName + "\",\"owner\":\"Care\"}");
        assertThat(service.statusCode()).isEqualTo(201);
        long serviceId = json(service).getJsonNumber("id").longValue();
        HttpResponse<String> created = call(DemoUser.DESIGNER, "POST", "/services/" + serviceId + "/journeys", null,
                "{\"name\":\"Cancel a contract\",\"persona\":\"Subscriber · 구독자\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath().replace("/api/v1", "");
        String etag = etag(created);
        etag = etag(ok(call(DemoUser.DESIGNER, "POST", path + "/stages", etag, "{\"name\":\"Decide\"}")));
        HttpResponse<String> stages = ok(call(DemoUser.DESIGNER, "POST", path + "/stages", etag, "{\"name\":\"Cancel · 해지\"}"));
        etag = etag(stages);
        long decide = json(stages).getJsonArray("stages").getJsonObject(0).getJsonNumber("id").longValue();
        long cancel = json(stages).getJsonArray("stages").getJsonObject(1).getJsonNumber("id").longValue();
        etag = etag(ok(call(DemoUser.DESIGNER, "POST", path + "/steps", etag,
                "{\"stageId\":" + decide + ",\"lane\":\"CUSTOMER_ACTIONS\",\"title\":\"Calls the hotline\"}")));
        HttpResponse<String> steps = ok(call(DemoUser.DESIGNER, "POST", path + "/steps", etag,
                "{\"stageId\":" + decide + ",\"lane\":\"FRONTSTAGE\",\"title\":\"Agent answers\",\"owningTeam\":\"Care\",\"failPoint\":true}"));
        etag = etag(steps);
        etag = etag(ok(call(DemoUser.DESIGNER, "POST", path + "/steps", etag,
                "{\"stageId\":" + cancel + ",\"lane\":\"BACKSTAGE\",\"title\":\"Billing stops the plan\",\"waitPoint\":true}")));
        JsonObject journey = json(ok(call(DemoUser.VIEWER, "GET", path, null, null)));
        long calls = stepId(journey, "Calls the hotline");
        long agent = stepId(journey, "Agent answers");
        long billing = stepId(journey, "Billing stops the plan");
        etag = etag(ok(call(DemoUser.DESIGNER, "PUT", path + "/steps/" + agent + "/touchpoint", etag,
                "{\"code\":\"cxl-call-01\",\"channel\":\"PHONE\",\"effortPlan\":{\"targetCes\":5.5,\"maxSteps\":3,"
                        + "\"maxHandoffs\":1,\"maxWaitSeconds\":120,\"targetFcrPercent\":80}}")));
        etag = etag(ok(call(DemoUser.DESIGNER, "POST", path + "/steps/" + agent + "/touchpoint/kpis", etag,
                "{\"metric\":\"SERVICE_LEVEL\",\"target\":80,\"unit\":\"% in 120 s\",\"owner\":\"Care\"}")));
        etag = etag(ok(call(DemoUser.DESIGNER, "POST", path + "/steps/" + agent + "/touchpoint/kpis", etag,
                "{\"metric\":\"REPEAT_CONTACT_RATE_7D\",\"target\":4.5}")));
        etag = etag(ok(call(DemoUser.DESIGNER, "POST", path + "/flows", etag,
                "{\"fromStepId\":" + calls + ",\"toStepId\":" + agent + "}")));
        etag = etag(ok(call(DemoUser.DESIGNER, "POST", path + "/flows", etag,
                "{\"fromStepId\":" + agent + ",\"toStepId\":" + billing + ",\"label\":\"wants out\"}")));
        return new Built(serviceId, Long.parseLong(path.substring(path.lastIndexOf('/') + 1)), agent, etag);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static long stepId(JsonObject journey, String title) {
        return journey.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("title").equals(title))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void aJourneyReadsBackWholeWithItsVersionAsETag() {
        Built built = build("Telecom " + UUID.randomUUID());
        HttpResponse<String> read = call(DemoUser.VIEWER, "GET", "/journeys/" + built.journeyId(), null, null);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(etag(read)).isEqualTo(built.etag());
        JsonObject journey = json(read);
        assertThat(journey.getJsonArray("stages")).hasSize(2);
        assertThat(journey.getJsonArray("steps")).hasSize(3);
        assertThat(journey.getJsonArray("flows")).hasSize(2);
        JsonObject touchpoint = journey.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("id").longValue() == built.stepId()).findFirst().orElseThrow()
                .getJsonObject("touchpoint");
        assertThat(touchpoint.getString("code")).isEqualTo("CXL-CALL-01");
        assertThat(touchpoint.getJsonObject("effortPlan").getJsonNumber("targetCes").bigDecimalValue())
                .isEqualByComparingTo("5.5");
        assertThat(touchpoint.getJsonArray("kpis")).hasSize(2);
        assertThat(journey.getJsonArray("designFindings").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("kind")).contains("STAGE_WITHOUT_CUSTOMER_ACTION");
    }

    @Test
    void aViewerReadsButEveryWriteIsForbiddenAndChangesNothing() {
        Built built = build("Insurance " + UUID.randomUUID());
        String path = "/journeys/" + built.journeyId();
        String before = call(DemoUser.VIEWER, "GET", path, null, null).body();

        List<HttpResponse<String>> attempts = List.of(
                call(DemoUser.VIEWER, "POST", path + "/stages", built.etag(), "{\"name\":\"Sneaky\"}"),
                call(DemoUser.VIEWER, "PUT", path + "/steps/" + built.stepId() + "/touchpoint", built.etag(),
                        "{\"code\":\"X-1\",\"channel\":\"WEB\"}"),
                call(DemoUser.VIEWER, "DELETE", path + "/steps/" + built.stepId(), built.etag(), null),
                call(DemoUser.VIEWER, "DELETE", path, built.etag(), null),
                call(DemoUser.OPS, "POST", path + "/stages", built.etag(), "{\"name\":\"Ops stage\"}"),
                call(DemoUser.EXECUTIVE, "POST", "/journeys/import", null, "{}"));

        assertThat(attempts).extracting(HttpResponse::statusCode).containsOnly(403);
        assertThat(call(DemoUser.VIEWER, "GET", path, null, null).body()).isEqualTo(before);
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedAndAStaleOneNamesWhoChangedTheJourney() {
        Built built = build("Utilities " + UUID.randomUUID());
        String touchpoint = "/journeys/" + built.journeyId() + "/steps/" + built.stepId() + "/touchpoint";

        HttpResponse<String> missing = call(DemoUser.DESIGNER, "PUT", touchpoint, null,
                "{\"code\":\"CXL-CALL-01\",\"channel\":\"CHAT\"}");
        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(json(missing).getString("message")).contains("If-Match");

        HttpResponse<String> first = call(DemoUser.ADMIN, "PUT", touchpoint, built.etag(),
                "{\"code\":\"CXL-CHAT-01\",\"channel\":\"CHAT\"}");
        HttpResponse<String> second = call(DemoUser.DESIGNER, "PUT", touchpoint, built.etag(),
                "{\"code\":\"CXL-WEB-01\",\"channel\":\"WEB\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(412);
        assertThat(json(second).getString("message")).contains("admin changed this journey in the meantime");
        assertThat(etag(second)).isEqualTo(etag(first));
        JsonObject stored = json(call(DemoUser.VIEWER, "GET", "/journeys/" + built.journeyId(), null, null));
        assertThat(stored.toString()).contains("CXL-CHAT-01").doesNotContain("CXL-WEB-01");
    }

    @Test
    void twoConcurrentUpdatesOfOneTouchpointGiveOneSuccessAndOne412() throws Exception {
        Built built = build("Banking " + UUID.randomUUID());
        String touchpoint = "/journeys/" + built.journeyId() + "/steps/" + built.stepId() + "/touchpoint";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (String channel : List.of("CHAT", "EMAIL")) {
                Callable<HttpResponse<String>> update = () -> {
                    start.await();
                    return call(DemoUser.DESIGNER, "PUT", touchpoint, built.etag(),
                            "{\"code\":\"CXL-" + channel + "-01\",\"channel\":\"" + channel + "\"}");
                };
                results.add(pool.submit(update));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> result : results) {
                statuses.add(result.get().statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidInputGets400WithTheField() {
        Built built = build("Travel " + UUID.randomUUID());
        String path = "/journeys/" + built.journeyId();
        long stage = json(call(DemoUser.VIEWER, "GET", path, null, null)).getJsonArray("stages").getJsonObject(0)
                .getJsonNumber("id").longValue();

        HttpResponse<String> blank = call(DemoUser.DESIGNER, "POST", path + "/steps", built.etag(),
                "{\"stageId\":" + stage + ",\"lane\":\"FRONTSTAGE\",\"title\":\" \"}");
        HttpResponse<String> lane = call(DemoUser.DESIGNER, "POST", path + "/steps", built.etag(),
                "{\"stageId\":" + stage + ",\"lane\":\"BASEMENT\",\"title\":\"Somewhere\"}");
        HttpResponse<String> ces = call(DemoUser.DESIGNER, "PUT", path + "/steps/" + built.stepId() + "/touchpoint",
                built.etag(), "{\"code\":\"CXL-CALL-01\",\"channel\":\"PHONE\",\"effortPlan\":{\"targetCes\":9}}");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(json(blank).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("title");
        assertThat(lane.statusCode()).isEqualTo(400);
        assertThat(json(lane).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("lane");
        assertThat(ces.statusCode()).isEqualTo(400);
        assertThat(json(ces).getString("message")).contains("CES 2.0 scale");
        assertThat(call(DemoUser.VIEWER, "GET", path, null, null).headers().firstValue("ETag")).hasValue(built.etag());
    }

    @Test
    void anExportedJourneyImportsIntoADatabaseWithoutItAndExportsTheSame() {
        String service = "Round trip " + UUID.randomUUID();
        Built built = build(service);
        HttpResponse<String> exported = call(DemoUser.VIEWER, "GET", "/journeys/" + built.journeyId() + "/export",
                null, null);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        JsonStructure first = Http.json(exported);

        assertThat(call(DemoUser.DESIGNER, "DELETE", "/journeys/" + built.journeyId(), built.etag(), null).statusCode())
                .isEqualTo(204);
        assertThat(call(DemoUser.VIEWER, "GET", "/journeys/" + built.journeyId(), null, null).statusCode()).isEqualTo(404);

        HttpResponse<String> imported = call(DemoUser.DESIGNER, "POST", "/journeys/import", null, exported.body());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String location = URI.create(imported.headers().firstValue("Location").orElseThrow()).getPath().replace("/api/v1", "");
        JsonStructure second = Http.json(call(DemoUser.VIEWER, "GET", location + "/export", null, null));

        assertThat(second).isEqualTo(first);
        assertThat(first.asJsonObject().getJsonArray("steps")).hasSize(3);

        String broken = Json.createObjectBuilder(first.asJsonObject())
                .add("service", "Broken " + UUID.randomUUID())
                .add("steps", Json.createArrayBuilder(first.asJsonObject().getJsonArray("steps"))
                        .set(1, Json.createObjectBuilder(first.asJsonObject().getJsonArray("steps").getJsonObject(1))
                                .add("stage", "S9")))
                .build().toString();
        HttpResponse<String> refused = call(DemoUser.DESIGNER, "POST", "/journeys/import", null, broken);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("steps[1].stage");
    }

    @Test
    void aDuplicateIsANewJourneyWithFreeCodesAndAnArchivedJourneyStaysReadable() {
        Built built = build("Energy " + UUID.randomUUID());
        HttpResponse<String> copy = call(DemoUser.DESIGNER, "POST", "/journeys/" + built.journeyId() + "/duplicate",
                null, "{\"name\":\"Cancel a contract (to-be)\"}");

        assertThat(copy.statusCode()).isEqualTo(201);
        JsonObject twin = json(copy);
        assertThat(twin.getJsonNumber("id").longValue()).isNotEqualTo(built.journeyId());
        assertThat(twin.getJsonArray("steps")).hasSize(3);
        assertThat(twin.toString()).contains("CXL-CALL-01-2");
        assertThat(call(DemoUser.DESIGNER, "POST", "/journeys/" + built.journeyId() + "/duplicate", null,
                "{\"name\":\"Cancel a contract (to-be)\"}").statusCode()).isEqualTo(409);

        HttpResponse<String> archived = call(DemoUser.DESIGNER, "PUT", "/journeys/" + built.journeyId(), built.etag(),
                "{\"name\":\"Cancel a contract\",\"status\":\"ARCHIVED\"}");
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(json(archived).getString("status")).isEqualTo("ARCHIVED");
        HttpResponse<String> history = call(DemoUser.VIEWER, "GET", "/journeys/" + built.journeyId() + "/history", null, null);
        assertThat(Http.json(history).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("action")).startsWith("ARCHIVED").contains("TOUCHPOINT_SET", "CREATED");
    }

    @Test
    void anArchivedJourneyRefusesEveryChangeWith409AndStaysByteForByteTheSameUntilReactivated() {
        Built built = build("Archive " + UUID.randomUUID());
        String path = "/journeys/" + built.journeyId();
        HttpResponse<String> archived = ok(call(DemoUser.DESIGNER, "PUT", path, built.etag(),
                "{\"name\":\"Cancel a contract\",\"status\":\"ARCHIVED\"}"));
        assertThat(json(archived).getBoolean("editable")).isFalse();
        String etag = etag(archived);
        JsonObject journey = json(archived);
        long stage = journey.getJsonArray("stages").getJsonObject(0).getJsonNumber("id").longValue();
        String before = call(DemoUser.VIEWER, "GET", path, null, null).body();

        Map<String, HttpResponse<String>> attempts = new java.util.LinkedHashMap<>();
        attempts.put("add a stage", call(DemoUser.DESIGNER, "POST", path + "/stages", etag, "{\"name\":\"Later\"}"));
        attempts.put("add a step", call(DemoUser.DESIGNER, "POST", path + "/steps", etag,
                "{\"stageId\":" + stage + ",\"lane\":\"CUSTOMER_ACTIONS\",\"title\":\"Writes a letter\"}"));
        attempts.put("delete a step", call(DemoUser.DESIGNER, "DELETE", path + "/steps/" + built.stepId(), etag, null));
        attempts.put("set a touchpoint", call(DemoUser.DESIGNER, "PUT", path + "/steps/" + built.stepId() + "/touchpoint",
                etag, "{\"code\":\"CXL-CALL-09\",\"channel\":\"CHAT\"}"));
        attempts.put("rename it", call(DemoUser.DESIGNER, "PUT", path, etag, "{\"name\":\"Renamed\",\"status\":\"ARCHIVED\"}"));
        attempts.put("rename the stage", call(DemoUser.ADMIN, "PUT", path + "/stages/" + stage, etag, "{\"name\":\"Other\"}"));
        attempts.put("delete it", call(DemoUser.DESIGNER, "DELETE", path, etag, null));

        attempts.forEach((what, refused) -> {
            assertThat(refused.statusCode()).as(what + ": " + refused.body()).isEqualTo(409);
            assertThat(json(refused).getString("message")).as(what).contains("archived", "Reactivate");
        });
        assertThat(call(DemoUser.VIEWER, "GET", path, null, null).body()).as("nothing changed").isEqualTo(before);

        HttpResponse<String> reactivated = ok(call(DemoUser.DESIGNER, "PUT", path, etag,
                "{\"name\":\"Cancel a contract\",\"status\":\"ACTIVE\"}"));
        assertThat(json(reactivated).getBoolean("editable")).isTrue();
        assertThat(call(DemoUser.DESIGNER, "POST", path + "/stages", etag(reactivated), "{\"name\":\"Later\"}")
                .statusCode()).isEqualTo(200);
        assertThat(json(call(DemoUser.VIEWER, "GET", path, null, null)).getBoolean("editable"))
                .as("a viewer may not edit even an active journey").isFalse();
    }

    @Test
    void theOpenApiDocumentListsTheJourneyEndpoints() {
        HttpResponse<String> openapi = new Http().get(URI.create(base.toString()).resolve("/openapi?format=JSON"));
        JsonObject paths = Http.json(openapi).asJsonObject().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/journeys/{id}", "/api/v1/journeys/{id}/steps/{stepId}/touchpoint",
                "/api/v1/journeys/import", "/api/v1/journeys/{id}/export", "/api/v1/services/{id}/journeys");
    }
}
