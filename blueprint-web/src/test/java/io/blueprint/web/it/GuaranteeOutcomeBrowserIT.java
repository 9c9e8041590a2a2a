package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import static io.blueprint.web.it.ApiClient.json;
import static io.blueprint.web.it.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantee outcomes on the guarantee page in a real browser: an executive opens a draft, moves its threshold and
 * sees the projected breach rate and cost follow as she types; a published guarantee shows how it was kept month by
 * month, as a chart with a text alternative and a table.
 */
class GuaranteeOutcomeBrowserIT extends BrowserTests {

    private static final By PROJECTED_COST = By.id("projected-cost");
    private static final By PROJECTED_RATE = By.id("projected-rate");

    @Test
    void anExecutiveMovesADraftsThresholdAndSeesTheProjectedCostChange() {
        ApiClient api = new ApiClient(base);
        PublishedGuarantees guarantees = new PublishedGuarantees(api);
        long service = Http.json(api.call(DemoUser.VIEWER, "GET", "/services", null, null)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("name").equals(DemoData.DEMO_SERVICE))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String code = "WIF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        HttpResponse<String> draft = api.call(DemoUser.DESIGNER, "POST", "/guarantees", null, jakarta.json.Json.createObjectBuilder()
                .add("serviceId", service).add("code", code)
                .add("terms", PublishedGuarantees.passingTerms("Refund calls answered within a minute", "RET-CALL-01",
                        guarantees.today())).build().toString());
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        JsonObject created = json(draft);
        try {
            WebDriver executive = browsers.signedIn(base, DemoUser.EXECUTIVE);
            executive.get(base + "policy/guarantee.xhtml?id=" + created.getJsonNumber("id").longValue());
            String atOneMinute = Browser.waitFor(executive).until(d -> {
                String text = d.findElement(PROJECTED_COST).getText();
                return text.isBlank() || text.equals("—") ? null : text;
            });
            String rateAtOneMinute = executive.findElement(PROJECTED_RATE).getText();
            assertThat(executive.findElement(By.id("guarantee:what-if")).getText())
                    .contains("What if these terms had been in force").contains("None in force today");

            // ten minutes instead of one: far fewer calls wait that long, so the cost falls
            type(executive, "guarantee:threshold_input", "600");
            Browser.waitFor(executive).until(ExpectedConditions.not(
                    ExpectedConditions.textToBe(PROJECTED_COST, atOneMinute)));
            String atTenMinutes = executive.findElement(PROJECTED_COST).getText();
            assertThat(amount(atTenMinutes)).isLessThan(amount(atOneMinute));
            assertThat(executive.findElement(PROJECTED_RATE).getText()).isNotEqualTo(rateAtOneMinute);
            ((org.openqa.selenium.JavascriptExecutor) executive).executeScript(
                    "document.getElementById('guarantee:what-if').scrollIntoView({block: 'center'})");
            Browser.screenshot(executive, "guarantee-what-if");

            // nothing was saved: the draft still says 60 seconds
            JsonObject stored = json(api.call(DemoUser.VIEWER, "GET", "/guarantees/" + created.getJsonNumber("id"), null, null));
            assertThat(stored.getJsonObject("terms").getJsonObject("condition").getInt("threshold")).isEqualTo(60);
        } finally {
            api.call(DemoUser.DESIGNER, "DELETE", "/guarantees/" + created.getJsonNumber("id"),
                    ApiClient.etag(draft), null);
        }
    }

    @Test
    void aPublishedGuaranteeShowsHowItWasKeptMonthByMonthInBothLanguages() {
        WebDriver viewer = browsers.signedIn(base, DemoUser.VIEWER);
        viewer.get(base + "policy/guarantee.xhtml?code=" + DemoData.DEMO_CALL_GUARANTEE);
        Browser.waitFor(viewer).until(ExpectedConditions.visibilityOfElementLocated(By.id("guarantee:outcomes")));
        assertThat(viewer.findElement(By.id("outcomes-summary")).getText()).contains("broke the promise")
                .contains("customers are owed a remedy");
        assertThat(viewer.findElements(By.cssSelector("#guarantee\\:outcome-chart canvas"))).isNotEmpty();
        assertThat(viewer.findElement(By.id("outcome-chart-text")).getText()).contains("breach rate was highest");
        // seven months, the change from v1 to v2 in one of them
        assertThat(viewer.findElements(By.cssSelector("#outcome-months tbody tr"))).hasSize(7);
        assertThat(viewer.findElement(By.id("outcome-months")).getText()).contains("v1, v2");
        assertThat(viewer.findElements(By.id("guarantee:what-if"))).isEmpty();

        viewer.findElement(By.id("topbar:lang-ko")).click();
        Browser.waitFor(viewer).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
        Browser.waitFor(viewer).until(ExpectedConditions.visibilityOfElementLocated(By.id("guarantee:outcomes")));
        assertThat(viewer.findElement(By.id("outcomes-summary")).getText()).contains("약속을 어겼습니다");
    }

    /** "12,000 KRW" → 12000. */
    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replaceAll("[^0-9.]", ""));
    }
}
