package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static io.blueprint.web.it.ApiClient.etag;
import static io.blueprint.web.it.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantees published over the API for the tests that read them back: in a service of their own
 * (so the demo service's guarantees stay as seeded), drafted and submitted by the designer,
 * published by the executive.
 */
final class PublishedGuarantees {

    private final ApiClient api;

    PublishedGuarantees(ApiClient api) {
        this.api = api;
    }

    /**
     * A new service named {@code name}, its id: one journey whose frontstage chat step is touchpoint
     * {@code touchpoint}, and a backstage step that is no touchpoint.
     */
    long service(String name, String touchpoint) {
        HttpResponse<String> imported = api.call(DemoUser.DESIGNER, "POST", "/journeys/import", null, Json.createObjectBuilder()
                .add("format", "blueprint-journey/1").add("service", name).add("name", "Chat about an order")
                .add("stages", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "S1").add("name", "Ask")))
                .add("steps", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("key", "P1").add("stage", "S1").add("lane", "FRONTSTAGE")
                                .add("title", "Chat agent answers").add("owningTeam", "Care centre")
                                .add("touchpoint", Json.createObjectBuilder().add("code", touchpoint).add("channel", "CHAT")))
                        .add(Json.createObjectBuilder().add("key", "P2").add("stage", "S1").add("lane", "BACKSTAGE")
                                .add("title", "Agent looks up the order")))
                .build().toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        return Http.json(api.call(DemoUser.VIEWER, "GET", "/services", null, null)).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /**
     * Terms that pass every policy check, kept at {@code touchpoint} from {@code from}: a 60-second chat wait,
     * a web claim channel, an automatic voucher. A test replaces what it is about ({@code .add} replaces a field).
     */
    static JsonObjectBuilder passingTerms(String title, String touchpoint, LocalDate from) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("promise", "A person answers your chat within 60 seconds.")
                .add("condition", Json.createObjectBuilder().add("metric", "WAIT_TIME").add("operator", "AT_MOST")
                        .add("threshold", 60).add("unit", "SECONDS"))
                .add("scope", "Chat in the app and on the web")
                .add("exclusions", Json.createArrayBuilder().add("Chats started outside 09:00–18:00"))
                .add("claimChannels", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "WEB").add("contact", "https://shop.example.com/care/chat")))
                .add("effectiveFrom", from.toString())
                .add("touchpointCodes", Json.createArrayBuilder().add(touchpoint))
                .add("owner", "Care centre")
                .add("refundRules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("remedy", "VOUCHER")
                        .add("amountKind", "FIXED").add("amount", 2000).add("payout", "AUTOMATIC")));
    }

    /** Today in the company's zone, as the server sees it. */
    LocalDate today() {
        return LocalDate.parse(json(api.call(null, "GET", "/charter", null, null)).getString("date"));
    }

    /** The guarantee {@code code} of {@code serviceId} with these terms, published; the published version as JSON. */
    JsonObject publish(long serviceId, String code, JsonObject terms) {
        HttpResponse<String> draft = api.call(DemoUser.DESIGNER, "POST", "/guarantees", null, Json.createObjectBuilder()
                .add("serviceId", serviceId).add("code", code).add("terms", terms).build().toString());
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        HttpResponse<String> inReview = act(DemoUser.DESIGNER, draft, "submit");
        assertThat(inReview.statusCode()).as(inReview.body()).isEqualTo(200);
        HttpResponse<String> published = act(DemoUser.EXECUTIVE, inReview, "publish");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return json(published);
    }

    private HttpResponse<String> act(DemoUser user, HttpResponse<String> on, String action) {
        long id = json(on).getJsonNumber("id").longValue();
        return api.call(user, "POST", "/guarantees/" + id + "/" + action, etag(on), null);
    }
}
