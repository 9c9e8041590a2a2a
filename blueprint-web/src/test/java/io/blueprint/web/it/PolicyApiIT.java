package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static io.blueprint.web.it.ApiClient.etag;
import static io.blueprint.web.it.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service policy over real HTTP: the guarantee lifecycle and who may move it, immutability of
 * published versions, which version was in force on a date, the policy checks, and the public charter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PolicyApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private static Long ownServiceId;
    private ApiClient api;
    private long serviceId;
    private LocalDate today;

    /**
     * The guarantees these tests write go to a service of their own, so the demo service's guarantees
     * (which other tests export and show) stay as seeded. Its journey has one customer-visible
     * touchpoint, RET-CHAT-01, and one backstage step that is no touchpoint.
     */
    @BeforeEach
    void ownService() {
        api = new ApiClient(base);
        today = LocalDate.parse(json(api.call(null, "GET", "/charter", null, null)).getString("date"));
        if (ownServiceId != null) {
            serviceId = ownServiceId;
            return;
        }
        serviceId = new PublishedGuarantees(api).service("Policy API test " + UUID.randomUUID(), "RET-CHAT-01");
        ownServiceId = serviceId;
    }

    /** Terms that pass every policy check; each test breaks what it is about. */
    private static final class Terms {
        String title = "Chat answered within 60 seconds";
        String promise = "채팅 상담은 60초 안에 연결됩니다. A person answers your chat within 60 seconds.";
        JsonObject condition = Json.createObjectBuilder().add("metric", "WAIT_TIME").add("operator", "AT_MOST")
                .add("threshold", 60).add("unit", "SECONDS").build();
        List<String> exclusions = new ArrayList<>(List.of("Chats started outside 09:00–18:00"));
        List<JsonObject> channels = new ArrayList<>(List.of(channel("WEB", "https://shop.example.com/chat-guarantee", null)));
        LocalDate from;
        LocalDate to;
        List<String> touchpoints = new ArrayList<>(List.of("RET-CHAT-01"));
        List<JsonObject> rules = new ArrayList<>(List.of(Json.createObjectBuilder().add("remedy", "VOUCHER")
                .add("amountKind", "FIXED").add("amount", 2000).add("payout", "AUTOMATIC").build()));

        Terms(LocalDate from) {
            this.from = from;
        }

        static JsonObject channel(String kind, String contact, String postalCode) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("kind", kind).add("contact", contact);
            if (postalCode != null) {
                b.add("postalCode", postalCode);
            }
            return b.build();
        }

        JsonObject json() {
            JsonObjectBuilder b = Json.createObjectBuilder().add("title", title).add("promise", promise)
                    .add("condition", condition).add("scope", "Chat in the app and on the web")
                    .add("exclusions", array(exclusions)).add("claimChannels", array(channels))
                    .add("effectiveFrom", from.toString()).add("touchpointCodes", array(touchpoints))
                    .add("owner", "Care centre").add("refundRules", array(rules));
            if (to != null) {
                b.add("effectiveTo", to.toString());
            }
            return b.build();
        }

        private static JsonArray array(List<?> values) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            values.forEach(v -> {
                if (v instanceof JsonValue j) {
                    a.add(j);
                } else {
                    a.add(v.toString());
                }
            });
            return a.build();
        }
    }

    private static String code() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private HttpResponse<String> create(DemoUser user, String code, Terms terms) {
        return api.call(user, "POST", "/guarantees", null, Json.createObjectBuilder().add("serviceId", serviceId)
                .add("code", code).add("terms", terms.json()).build().toString());
    }

    private HttpResponse<String> act(DemoUser user, HttpResponse<String> on, String action, String body) {
        long id = json(on).getJsonNumber("id").longValue();
        return api.call(user, "POST", "/guarantees/" + id + "/" + action, etag(on), body);
    }

    /** A guarantee drafted by the designer and published by the executive. */
    private HttpResponse<String> published(String code, Terms terms) {
        HttpResponse<String> draft = create(DemoUser.DESIGNER, code, terms);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        HttpResponse<String> inReview = act(DemoUser.DESIGNER, draft, "submit", null);
        HttpResponse<String> published = act(DemoUser.EXECUTIVE, inReview, "publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return published;
    }

    private Set<String> checks(Consumer<Terms> breaking) {
        Terms terms = new Terms(today);
        breaking.accept(terms);
        HttpResponse<String> response = api.call(DemoUser.DESIGNER, "POST", "/guarantees/checks", null,
                Json.createObjectBuilder().add("serviceId", serviceId).add("terms", terms.json()).build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Set.copyOf(Http.json(response).asJsonArray().stream()
                .map(f -> f.asJsonObject().getString("check")).toList());
    }

    @Test
    void everyLifecycleTransitionRecordsWhoMovedIt() {
        String code = code();
        HttpResponse<String> draft = create(DemoUser.DESIGNER, code, new Terms(today));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(json(draft).getString("status")).isEqualTo("DRAFT");
        assertThat(json(draft).getInt("revision")).isEqualTo(1);
        assertThat(json(draft).getString("createdBy")).isEqualTo("designer");

        HttpResponse<String> inReview = act(DemoUser.DESIGNER, draft, "submit", null);
        assertThat(json(inReview).getString("status")).isEqualTo("IN_REVIEW");
        assertThat(json(inReview).getString("submittedBy")).isEqualTo("designer");
        assertThat(json(inReview).getBoolean("publishable")).isTrue();

        HttpResponse<String> returned = act(DemoUser.EXECUTIVE, inReview, "return", "{\"note\":\"Name the hours\"}");
        assertThat(json(returned).getString("status")).isEqualTo("DRAFT");
        assertThat(json(returned).getString("reviewNote")).isEqualTo("Name the hours");

        HttpResponse<String> resubmitted = act(DemoUser.DESIGNER, returned, "submit", null);
        HttpResponse<String> published = act(DemoUser.EXECUTIVE, resubmitted, "publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json(published).getString("status")).isEqualTo("PUBLISHED");
        assertThat(json(published).getString("approvedBy")).isEqualTo("executive");
        assertThat(json(published).getBoolean("inForceToday")).isTrue();

        HttpResponse<String> second = act(DemoUser.DESIGNER, published, "new-version", null);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(json(second).getInt("revision")).isEqualTo(2);
        assertThat(json(second).getString("status")).isEqualTo("DRAFT");
        assertThat(act(DemoUser.DESIGNER, published, "new-version", null).statusCode())
                .as("one open draft per guarantee").isEqualTo(409);
        HttpResponse<String> secondPublished = act(DemoUser.EXECUTIVE, act(DemoUser.DESIGNER, second, "submit", null),
                "publish", null);
        assertThat(json(secondPublished).getString("status")).isEqualTo("PUBLISHED");

        JsonArray versions = Http.json(api.call(DemoUser.VIEWER, "GET", "/guarantees/codes/" + code + "/versions",
                null, null)).asJsonArray();
        assertThat(versions).extracting(v -> v.asJsonObject().getString("status"))
                .containsExactly("SUPERSEDED", "PUBLISHED");

        HttpResponse<String> retired = act(DemoUser.EXECUTIVE, secondPublished, "retire", null);
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(json(retired).getString("status")).isEqualTo("RETIRED");
        assertThat(json(retired).getString("retiredBy")).isEqualTo("executive");
        assertThat(json(retired).getBoolean("inForceToday")).isFalse();
        assertThat(api.call(DemoUser.VIEWER, "GET", "/guarantees/codes/" + code + "/in-force", null, null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> discardable = create(DemoUser.EXECUTIVE, code(), new Terms(today));
        long discardId = json(discardable).getJsonNumber("id").longValue();
        assertThat(api.call(DemoUser.EXECUTIVE, "DELETE", "/guarantees/" + discardId, etag(discardable), null)
                .statusCode()).isEqualTo(204);
        assertThat(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + discardId, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anExecutiveWhoDraftedOrSubmittedAVersionMayNotApproveItAndTheAnswerSaysWhoMay() {
        HttpResponse<String> own = act(DemoUser.EXECUTIVE, create(DemoUser.EXECUTIVE, code(), new Terms(today)), "submit", null);
        assertThat(json(own).getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("RETURN_TO_DRAFT");

        HttpResponse<String> refused = act(DemoUser.EXECUTIVE, own, "publish", null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).getString("message")).contains("executive drafted or submitted", "may not approve");
        assertThat(json(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + json(own).getJsonNumber("id"), null, null))
                .getString("status")).isEqualTo("IN_REVIEW");

        // drafted by the designer but submitted by the executive: still the executive's own
        HttpResponse<String> submittedByExecutive = act(DemoUser.EXECUTIVE,
                create(DemoUser.DESIGNER, code(), new Terms(today)), "submit", null);
        assertThat(act(DemoUser.EXECUTIVE, submittedByExecutive, "publish", null).statusCode()).isEqualTo(403);

        // drafted and submitted by the designer: the executive approves
        HttpResponse<String> designers = act(DemoUser.DESIGNER, create(DemoUser.DESIGNER, code(), new Terms(today)),
                "submit", null);
        HttpResponse<String> asExecutive = api.call(DemoUser.EXECUTIVE, "GET", "/guarantees/" + json(designers)
                .getJsonNumber("id"), null, null);
        assertThat(json(asExecutive).getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("RETURN_TO_DRAFT", "PUBLISH");
        assertThat(act(DemoUser.EXECUTIVE, designers, "publish", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aRemedyPaidOnClaimCannotBePublishedWithoutItsClaimStepsAndDeadline() {
        Terms terms = new Terms(today);
        terms.rules.set(0, Json.createObjectBuilder(terms.rules.get(0)).add("payout", "ON_CLAIM").build());
        HttpResponse<String> draft = create(DemoUser.DESIGNER, code(), terms);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        HttpResponse<String> inReview = act(DemoUser.DESIGNER, draft, "submit", null);

        HttpResponse<String> refused = act(DemoUser.EXECUTIVE, inReview, "publish", null);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).getJsonArray("findings").getValuesAs(JsonObject.class))
                .filteredOn(f -> f.getString("check").equals("CLAIM_PROCEDURE_STATED"))
                .extracting(f -> f.getString("severity")).containsExactly("ERROR", "ERROR");
    }

    @Test
    void aPlainHttpClaimLinkFailsTheClaimChannelCheck() {
        assertThat(checks(terms -> terms.channels.set(0, Terms.channel("WEB", "http://shop.example.com/chat-guarantee", null))))
                .contains("CLAIM_CHANNEL");
        assertThat(checks(terms -> { })).doesNotContain("CLAIM_CHANNEL");
    }

    @Test
    void onlyExecutivesPublishAndRetireAndOnlyDraftersDraft() {
        HttpResponse<String> draft = create(DemoUser.DESIGNER, code(), new Terms(today));
        HttpResponse<String> inReview = act(DemoUser.DESIGNER, draft, "submit", null);
        long id = json(inReview).getJsonNumber("id").longValue();

        for (DemoUser notExecutive : List.of(DemoUser.DESIGNER, DemoUser.ADMIN, DemoUser.OPS, DemoUser.VIEWER)) {
            HttpResponse<String> refused = act(notExecutive, inReview, "publish", null);
            assertThat(refused.statusCode()).as(notExecutive + " publishing").isEqualTo(403);
            assertThat(json(refused).getString("message")).isNotBlank();
        }
        assertThat(json(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + id, null, null)).getString("status"))
                .isEqualTo("IN_REVIEW");

        for (DemoUser reader : List.of(DemoUser.OPS, DemoUser.VIEWER)) {
            assertThat(create(reader, code(), new Terms(today)).statusCode()).as(reader + " drafting").isEqualTo(403);
        }
        HttpResponse<String> published = act(DemoUser.EXECUTIVE, inReview, "publish", null);
        assertThat(act(DemoUser.DESIGNER, published, "retire", null).statusCode()).isEqualTo(403);
        assertThat(json(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + id, null, null)).getString("status"))
                .isEqualTo("PUBLISHED");
    }

    @Test
    void aPublishedVersionIsNeverChanged() {
        HttpResponse<String> published = published(code(), new Terms(today));
        long id = json(published).getJsonNumber("id").longValue();
        String before = api.call(DemoUser.VIEWER, "GET", "/guarantees/" + id, null, null).body();

        Terms changed = new Terms(today);
        changed.title = "Chat answered within 90 seconds";
        HttpResponse<String> refused = api.call(DemoUser.EXECUTIVE, "PUT", "/guarantees/" + id, etag(published),
                changed.json().toString());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).getString("code")).isEqualTo("guarantee.published.immutable");
        assertThat(json(refused).getString("message"))
                .contains("has been published and never changes").contains("Start a new version");

        assertThat(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + id, null, null).body()).isEqualTo(before);
    }

    @Test
    void draftsNeedIfMatchAndStaleEditsAreRefused() {
        HttpResponse<String> draft = create(DemoUser.DESIGNER, code(), new Terms(today));
        long id = json(draft).getJsonNumber("id").longValue();
        Terms terms = new Terms(today);
        terms.title = "Chat answered within 45 seconds";
        assertThat(api.call(DemoUser.DESIGNER, "PUT", "/guarantees/" + id, null, terms.json().toString()).statusCode())
                .isEqualTo(428);
        HttpResponse<String> first = api.call(DemoUser.EXECUTIVE, "PUT", "/guarantees/" + id, etag(draft),
                terms.json().toString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        terms.title = "Chat answered within 30 seconds";
        HttpResponse<String> stale = api.call(DemoUser.DESIGNER, "PUT", "/guarantees/" + id, etag(draft),
                terms.json().toString());
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).getString("message")).contains("executive changed this guarantee");
        assertThat(json(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + id, null, null))
                .getJsonObject("terms").getString("title")).isEqualTo("Chat answered within 45 seconds");
    }

    @Test
    void twoPeopleStartingTheSameThingAtOnceGetOneEachAndAConflict() throws Exception {
        HttpResponse<String> published = published(code(), new Terms(today));
        String sameCode = code();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (DemoUser user : List.of(DemoUser.DESIGNER, DemoUser.EXECUTIVE)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return act(user, published, "new-version", null).statusCode();
                }));
                answers.add(pool.submit(() -> {
                    start.await();
                    return create(user, sameCode, new Terms(today)).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).as("new version, new guarantee, new version, new guarantee")
                    .containsExactlyInAnyOrder(201, 201, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Http.json(api.call(DemoUser.VIEWER, "GET", "/guarantees/codes/" + json(published).getString("code")
                + "/versions", null, null)).asJsonArray()).hasSize(2);
    }

    @Test
    void theVersionInForceOnADateIsTheOneThatWasPublishedForIt() {
        String code = code();
        HttpResponse<String> v1 = published(code, new Terms(today));
        HttpResponse<String> draft = act(DemoUser.DESIGNER, v1, "new-version", null);
        Terms tighter = new Terms(today.plusDays(10));
        tighter.condition = Json.createObjectBuilder(tighter.condition).add("threshold", 30).build();
        HttpResponse<String> revised = api.call(DemoUser.DESIGNER, "PUT",
                "/guarantees/" + json(draft).getJsonNumber("id").longValue(), etag(draft), tighter.json().toString());
        act(DemoUser.EXECUTIVE, act(DemoUser.DESIGNER, revised, "submit", null), "publish", null);

        Map<LocalDate, Integer> expected = Map.of(today, 1, today.plusDays(9), 1, today.plusDays(10), 2,
                today.plusDays(400), 2);
        expected.forEach((date, revision) -> {
            HttpResponse<String> inForce = api.call(DemoUser.OPS, "GET",
                    "/guarantees/codes/" + code + "/in-force?date=" + date, null, null);
            assertThat(inForce.statusCode()).as(inForce.body()).isEqualTo(200);
            assertThat(json(inForce).getInt("revision")).as("in force on " + date).isEqualTo(revision);
        });
        JsonArray dayBeforeChange = Http.json(api.call(DemoUser.OPS, "GET", "/guarantees/in-force?date="
                + today.plusDays(9) + "&service=" + serviceId + "&channel=CHAT", null, null)).asJsonArray();
        assertThat(dayBeforeChange).filteredOn(g -> g.asJsonObject().getString("code").equals(code))
                .singleElement().satisfies(g -> assertThat(g.asJsonObject().getInt("revision")).isEqualTo(1));
        assertThat(Http.json(api.call(DemoUser.OPS, "GET", "/guarantees/in-force?date=" + today.plusDays(9)
                + "&service=" + serviceId + "&channel=PHONE", null, null)).asJsonArray())
                .as("kept at a chat touchpoint, not a phone one").isEmpty();
        assertThat(api.call(DemoUser.OPS, "GET", "/guarantees/codes/" + code + "/in-force?date=" + today.minusDays(1),
                null, null).statusCode()).as("nothing before the first version").isEqualTo(404);
        assertThat(api.call(DemoUser.OPS, "GET", "/guarantees/codes/" + code + "/in-force?date=11/23/2026",
                null, null).statusCode()).isEqualTo(400);

        // the demo's call guarantee went from 180 to 120 seconds thirty days ago
        JsonObject before = json(api.call(DemoUser.OPS, "GET", "/guarantees/codes/" + DemoData.DEMO_CALL_GUARANTEE
                + "/in-force?date=" + today.minusDays(31), null, null));
        JsonObject after = json(api.call(DemoUser.OPS, "GET", "/guarantees/codes/" + DemoData.DEMO_CALL_GUARANTEE
                + "/in-force?date=" + today.minusDays(30), null, null));
        assertThat(before.getInt("revision")).isEqualTo(1);
        assertThat(before.getJsonObject("terms").getJsonObject("condition").getJsonNumber("threshold").intValue())
                .isEqualTo(180);
        assertThat(after.getInt("revision")).isEqualTo(2);
        assertThat(after.getJsonObject("terms").getJsonObject("condition").getJsonNumber("threshold").intValue())
                .isEqualTo(120);

        JsonArray changes = Http.json(api.call(DemoUser.VIEWER, "GET", "/guarantees/compare?from="
                + before.getJsonNumber("id") + "&to=" + after.getJsonNumber("id"), null, null)).asJsonArray();
        assertThat(changes).extracting(c -> c.asJsonObject().getString("field"))
                .contains("title", "promise", "condition.threshold", "effectiveFrom");
    }

    @Test
    void eachPolicyCheckFiresOnAGuaranteeCraftedToBreakIt() {
        assertThat(checks(t -> { })).as("a good guarantee").isEmpty();
        assertThat(checks(t -> t.condition = Json.createObjectBuilder().add("metric", "WAIT_TIME")
                .add("operator", "AT_MOST").build())).containsExactly("MEASURABLE_CONDITION");
        assertThat(checks(t -> t.channels = List.of(Terms.channel("POST", "서울특별시 중구 세종대로 110", null))))
                .containsExactly("CLAIM_CHANNEL");
        assertThat(checks(t -> t.channels = List.of())).containsExactly("CLAIM_CHANNEL");
        assertThat(checks(t -> t.exclusions = List.of("a", "b", "c", "d"))).containsExactly("FEW_EXCLUSIONS");
        assertThat(checks(t -> t.rules = List.of())).containsExactly("EXPLICIT_REMEDY");
        assertThat(checks(t -> t.rules = List.of(Json.createObjectBuilder().add("remedy", "CASH_REFUND")
                .add("payout", "AUTOMATIC").build()))).containsExactly("EXPLICIT_REMEDY");
        assertThat(checks(t -> t.rules = List.of(Json.createObjectBuilder().add("remedy", "CASH_REFUND")
                .add("amountKind", "FIXED").add("amount", 5000).add("payout", "ON_CLAIM").add("claimDeadlineDays", 30)
                .add("claimSteps", Json.createArrayBuilder().add("Find the receipt").add("Print the form")
                        .add("Sign it").add("Post it")).build()))).containsExactly("SHORT_CLAIM");
        assertThat(checks(t -> t.touchpoints = List.of())).containsExactly("CUSTOMER_TOUCHPOINT");
        assertThat(checks(t -> t.touchpoints = List.of("NO-SUCH-TOUCHPOINT"))).containsExactly("CUSTOMER_TOUCHPOINT");
        assertThat(checks(t -> t.promise = "채팅 상담은 최대한 빨리 연결됩니다")).containsExactly("EXACT_WORDS");
        assertThat(checks(t -> t.title = "Chats answered as soon as possible")).containsExactly("EXACT_WORDS");
    }

    @Test
    void errorsBlockPublishingAndWarningsDoNot() {
        Terms vague = new Terms(today);
        vague.promise = "We answer your chat quickly.";
        HttpResponse<String> inReview = act(DemoUser.DESIGNER, create(DemoUser.DESIGNER, code(), vague), "submit", null);
        assertThat(json(inReview).getBoolean("publishable")).isFalse();
        HttpResponse<String> refused = act(DemoUser.EXECUTIVE, inReview, "publish", null);
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonObject finding = json(refused).getJsonArray("findings").getJsonObject(0);
        assertThat(finding.getString("check")).isEqualTo("EXACT_WORDS");
        assertThat(finding.getString("severity")).isEqualTo("ERROR");
        assertThat(finding.getString("field")).isEqualTo("promise");
        assertThat(finding.getString("message")).contains("\"quickly\"").contains("exact number");
        assertThat(json(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + json(inReview).getJsonNumber("id"), null,
                null)).getString("status")).isEqualTo("IN_REVIEW");

        Terms manyExclusions = new Terms(today);
        manyExclusions.exclusions = List.of("Public holidays", "Chats in languages other than Korean or English",
                "Business accounts", "Chats about orders older than one year");
        HttpResponse<String> warned = published(code(), manyExclusions);
        assertThat(json(warned).getJsonArray("findings")).singleElement()
                .satisfies(f -> assertThat(f.asJsonObject().getString("severity")).isEqualTo("WARNING"));
    }

    @Test
    void badInputNamesTheField() {
        Terms noTitle = new Terms(today);
        noTitle.title = " ";
        HttpResponse<String> response = create(DemoUser.DESIGNER, code(), noTitle);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("title");

        Terms percent = new Terms(today);
        percent.rules = List.of(Json.createObjectBuilder().add("remedy", "CASH_REFUND").add("amountKind", "PERCENT_OF_ORDER")
                .add("amount", 150).add("payout", "AUTOMATIC").build());
        response = create(DemoUser.DESIGNER, code(), percent);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getJsonArray("fieldErrors").getJsonObject(0).getString("field"))
                .isEqualTo("refundRules[0].amount");

        String taken = code();
        create(DemoUser.DESIGNER, taken, new Terms(today));
        assertThat(create(DemoUser.DESIGNER, taken.toLowerCase(), new Terms(today)).statusCode()).isEqualTo(409);
    }

    @Test
    void theCharterIsPublicAndShowsOnlyPublishedGuarantees() {
        HttpResponse<String> anonymous = api.call(null, "GET", "/charter?lang=ko", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        JsonArray guarantees = json(anonymous).getJsonArray("guarantees");
        List<String> codes = guarantees.stream().map(g -> g.asJsonObject().getString("code")).toList();
        assertThat(codes).contains(DemoData.DEMO_CALL_GUARANTEE, DemoData.DEMO_REFUND_GUARANTEE)
                .doesNotContain(DemoData.DEMO_PICKUP_GUARANTEE);
        JsonObject call = guarantees.stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("code").equals(DemoData.DEMO_CALL_GUARANTEE)).findFirst().orElseThrow();
        assertThat(call.getInt("version")).isEqualTo(2);
        assertThat(call.getString("condition")).isEqualTo("응대까지 대기 시간: 120초 이하");
        assertThat(call.getJsonArray("howToClaim")).extracting(h -> h.asJsonObject().getString("href"))
                .contains("https://shop.example.com/care/guarantee", "tel:15880000");

        String inReview = code();
        act(DemoUser.DESIGNER, create(DemoUser.DESIGNER, inReview, new Terms(today)), "submit", null);
        String live = code();
        published(live, new Terms(today));
        List<String> now = json(api.call(null, "GET", "/charter", null, null)).getJsonArray("guarantees").stream()
                .map(g -> g.asJsonObject().getString("code")).toList();
        assertThat(now).contains(live).doesNotContain(inReview);
    }

    @Test
    void theApiIsInTheOpenApiDocument() {
        String openapi = new Http().get(api.at("/").resolve("/openapi")).body();
        assertThat(openapi).contains("/api/v1/guarantees/{id}/publish", "/api/v1/guarantees/codes/{code}/in-force",
                "/api/v1/charter");
    }
}
