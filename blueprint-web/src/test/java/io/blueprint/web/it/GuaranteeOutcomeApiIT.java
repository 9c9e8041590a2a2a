package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.blueprint.web.it.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantee outcomes over real HTTP: the what-if on a draft follows its threshold and refund rule as a computation
 * on the generated waits says, beside the version in force, and never changes that version; the outcome report's
 * shape; refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuaranteeOutcomeApiIT {

    private static final String HEADER = "contact_id,customer,touchpoint_code,started_at,channel,wait_seconds,"
            + "handle_seconds,transfers,resolved,abandoned,resolved_at,order_value,currency\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    @Test
    void theWhatIfOfADraftFollowsItsThresholdAndRuleBesideTheVersionInForceWhichNeverChanges() {
        ApiClient api = new ApiClient(base);
        PublishedGuarantees published = new PublishedGuarantees(api);
        long service = published.service("What-if " + UUID.randomUUID(), "WIF-CHAT-01");
        LocalDate today = published.today();
        YearMonth current = YearMonth.from(today);
        LocalDate from = current.minusMonths(6).atDay(1);
        LocalDate to = current.minusMonths(1).atEndOfMonth();

        // waits on every day of the six months, and a few just outside them that the what-if must leave out
        Random random = new Random(20261203);
        StringBuilder csv = new StringBuilder(HEADER);
        List<Integer> inside = new ArrayList<>();
        int n = 0;
        for (LocalDate day = from.minusDays(3); !day.isAfter(to.plusDays(2)) && day.isBefore(today); day = day.plusDays(1)) {
            for (int k = 0; k < 3; k++) {
                int wait = random.nextInt(4) == 0 ? 60 + 30 * random.nextInt(4) : random.nextInt(400);
                csv.append("W").append(n++).append(",cust-").append(random.nextInt(80)).append(",WIF-CHAT-01,")
                        .append(day).append("T03:00:00Z,CHAT,").append(wait).append(",100,0,Y,N,,,\n");
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    inside.add(wait);
                }
            }
        }
        HttpResponse<String> imported = api.upload(DemoUser.OPS, "/imports/contact-events?service=" + service
                + "&source=what-if-" + UUID.randomUUID() + "&fileName=waits.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), "en");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        String code = "WIF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        JsonObject inForce = published.publish(service, code,
                PublishedGuarantees.passingTerms("Chats answered within a minute", "WIF-CHAT-01", today).build());
        long inForceId = inForce.getJsonNumber("id").longValue();
        HttpResponse<String> draft = api.call(DemoUser.DESIGNER, "POST", "/guarantees/" + inForceId + "/new-version", null, null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        long draftId = json(draft).getJsonNumber("id").longValue();

        JsonObject at90 = whatIf(api, DemoUser.EXECUTIVE, draftId, 90);
        assertThat(at90.getString("from")).isEqualTo(from.toString());
        assertThat(at90.getString("to")).isEqualTo(to.toString());
        assertProjection(at90.getJsonObject("projected"), inside, 90);
        // the version in force: 60 s and a fixed 2,000 per breach (automatic), over the same months
        JsonObject now = at90.getJsonObject("inForce").getJsonObject("total");
        long over60 = inside.stream().filter(w -> w > 60).count();
        assertThat(at90.getInt("inForceRevision")).isEqualTo(1);
        assertThat(now.getJsonNumber("measured").longValue()).isEqualTo(inside.size());
        assertThat(now.getJsonNumber("breaches").longValue()).isEqualTo(over60);
        assertThat(now.getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo(BigDecimal.valueOf(2000 * over60));

        JsonObject at150 = whatIf(api, DemoUser.DESIGNER, draftId, 150);
        assertProjection(at150.getJsonObject("projected"), inside, 150);
        assertThat(at150.getJsonObject("projected").getJsonObject("total").getJsonNumber("cost").bigDecimalValue())
                .isLessThan(at90.getJsonObject("projected").getJsonObject("total").getJsonNumber("cost").bigDecimalValue());
        assertThat(at150.getJsonObject("projected").getJsonArray("months")).hasSize(6);

        // nothing was stored: the published version and the draft keep their 60 seconds
        for (long id : new long[]{inForceId, draftId}) {
            JsonObject version = json(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + id, null, null));
            assertThat(version.getJsonObject("terms").getJsonObject("condition").getJsonNumber("threshold").intValue())
                    .isEqualTo(60);
        }

        // refusals: a published version, a viewer, a negative threshold, no guarantee
        assertThat(call(api, DemoUser.EXECUTIVE, body(inForceId, 90)).statusCode()).isEqualTo(409);
        assertThat(call(api, DemoUser.VIEWER, body(draftId, 90)).statusCode()).isEqualTo(403);
        HttpResponse<String> negative = call(api, DemoUser.EXECUTIVE, body(draftId, -5));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("condition.threshold").doesNotContain("Exception");
        assertThat(call(api, DemoUser.EXECUTIVE, "{}").statusCode()).isEqualTo(400);

        // the outcome report lists the guarantee: in force from today, so no earlier day is its
        JsonObject report = json(api.call(DemoUser.VIEWER, "GET", "/reports/guarantees?service=" + service + "&from="
                + from + "&to=" + today, null, null));
        assertThat(report.getJsonArray("guarantees")).hasSize(1);
        JsonObject row = report.getJsonArray("guarantees").getJsonObject(0);
        assertThat(row.getString("code")).isEqualTo(code);
        assertThat(row.getBoolean("measurable")).isTrue();
        assertThat(row.getJsonArray("months")).hasSize(7);
        assertThat(row.getJsonArray("months").getJsonObject(0).getJsonNumber("measured").longValue()).isZero();
        assertThat(report.getJsonNumber("claimRate").doubleValue()).isEqualTo(0.25);
        HttpResponse<String> reversed = api.call(DemoUser.VIEWER, "GET", "/reports/guarantees?from=" + today + "&to=" + from, null, null);
        assertThat(reversed.statusCode()).isEqualTo(400);
    }

    @Test
    void theDemoGuaranteesShowBreachesCostsAndTheirChangeOutOfTheBox() {
        ApiClient api = new ApiClient(base);
        JsonObject report = json(api.call(DemoUser.EXECUTIVE, "GET", "/reports/guarantees", null, null));
        JsonObject call = report.getJsonArray("guarantees").stream().map(v -> v.asJsonObject())
                .filter(g -> g.getString("code").equals("CARE-CALL-2MIN")).findFirst().orElseThrow();
        assertThat(call.getInt("revision")).isEqualTo(2);
        assertThat(call.getJsonObject("total").getJsonNumber("breaches").longValue()).isPositive();
        assertThat(call.getJsonObject("total").getJsonNumber("cost").bigDecimalValue()).isPositive();
        JsonObject refund = report.getJsonArray("guarantees").stream().map(v -> v.asJsonObject())
                .filter(g -> g.getString("code").equals("RET-REFUND-3BD")).findFirst().orElseThrow();
        assertThat(refund.getJsonObject("total").getJsonNumber("breaches").longValue()).isPositive();
        assertThat(refund.getJsonObject("total").getJsonNumber("cost").bigDecimalValue()).isPositive();

        HttpResponse<String> changed = api.call(DemoUser.VIEWER, "GET", "/reports/guarantees/CARE-CALL-2MIN/before-after", null, null);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonObject around = json(changed);
        assertThat(around.getInt("beforeRevision")).isEqualTo(1);
        assertThat(around.getJsonObject("beforeCondition").getInt("threshold")).isEqualTo(180);
        assertThat(around.getJsonObject("afterCondition").getInt("threshold")).isEqualTo(120);
        assertThat(around.getJsonObject("breachRate").getJsonNumber("beforeMeasured").longValue()).isPositive();
        assertThat(around.getJsonObject("breachRate").getJsonNumber("afterMeasured").longValue()).isPositive();
        assertThat(around.getJsonObject("ces").getJsonNumber("beforeResponses").longValue()).isPositive();
        assertThat(around.getJsonObject("breachRate").containsKey("pValue")).isTrue();
        assertThat(api.call(DemoUser.VIEWER, "GET", "/reports/guarantees/RET-REFUND-3BD/before-after", null, null)
                .statusCode()).isEqualTo(409);
        assertThat(api.call(DemoUser.VIEWER, "GET", "/reports/guarantees/NO-SUCH-CODE/before-after", null, null)
                .statusCode()).isEqualTo(404);
        assertThat(api.call(DemoUser.VIEWER, "GET", "/reports/guarantees/CARE-CALL-2MIN/before-after?days=0", null, null)
                .statusCode()).isEqualTo(400);
    }

    /** The projection of 500 won per started minute beyond the threshold, capped at 1,500, computed here. */
    private static void assertProjection(JsonObject projected, List<Integer> waits, int threshold) {
        long breaches = waits.stream().filter(w -> w > threshold).count();
        long cost = waits.stream().filter(w -> w > threshold)
                .mapToLong(w -> Math.min(1500, 500L * ((w - threshold + 59) / 60))).sum();
        JsonObject total = projected.getJsonObject("total");
        assertThat(total.getJsonNumber("measured").longValue()).isEqualTo(waits.size());
        assertThat(total.getJsonNumber("breaches").longValue()).as("breaches over %d s", threshold).isEqualTo(breaches);
        assertThat(total.getJsonNumber("breachRate").doubleValue()).isEqualTo((double) breaches / waits.size());
        assertThat(total.getJsonNumber("cost").bigDecimalValue()).as("cost over %d s", threshold)
                .isEqualByComparingTo(BigDecimal.valueOf(cost));
        assertThat(total.getString("currency")).isEqualTo("KRW");
    }

    private static JsonObject whatIf(ApiClient api, DemoUser user, long id, int threshold) {
        HttpResponse<String> answer = call(api, user, body(id, threshold));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    private static HttpResponse<String> call(ApiClient api, DemoUser user, String body) {
        return api.call(user, "POST", "/reports/guarantees/what-if", null, body);
    }

    private static String body(long id, int threshold) {
        return Json.createObjectBuilder().add("guarantee", id)
                .add("condition", Json.createObjectBuilder().add("metric", "WAIT_TIME").add("operator", "AT_MOST")
                        .add("threshold", threshold).add("unit", "SECONDS"))
                .add("refundRules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("remedy", "VOUCHER")
                        .add("amountKind", "PER_BREACH_UNIT").add("amount", 500).add("breachUnit", "MINUTES")
                        .add("breachUnitSize", 1).add("cap", 1500).add("payout", "AUTOMATIC")))
                .build().toString();
    }
}
