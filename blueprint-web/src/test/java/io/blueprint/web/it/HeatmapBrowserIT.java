package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The effort heatmap on the blueprint editor in a real browser, on the demo's measurements: a viewer (who may
 * not edit) switches it on, sees RET-CALL-01's card coloured as below target and RET-WEB-01's on target with
 * the mean CES and n the effort report answers for the same days, and the legend; the period changes the
 * figures; the switch is remembered across a reload and goes off from the keyboard; axe-core stays clean.
 */
class HeatmapBrowserIT extends BrowserTests {

    @Test
    void aViewerSwitchesTheHeatmapOnSeesEachTouchpointsStatusAndFiguresAndSwitchesItOff() {
        long journey = demoJourney();
        WebDriver viewer = browsers.signedIn(base, DemoUser.VIEWER);
        viewer.get(base + "journey/editor.xhtml?journey=" + journey);
        Browser.waitFor(viewer).until(ExpectedConditions.textToBe(By.id("journey-name"), DemoData.DEMO_JOURNEY));
        Browser.awaitAjax(viewer);
        WebElement toggle = viewer.findElement(By.id("toggle-heatmap"));
        assertThat(toggle.getText()).isEqualTo("Effort heatmap");
        assertThat(toggle.getAttribute("aria-pressed")).as("off by default").isEqualTo("false");
        assertThat(viewer.findElements(By.cssSelector(".step-card.heat"))).isEmpty();

        toggle.click();
        Browser.awaitAjax(viewer);
        Browser.waitFor(viewer).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:heatmap-legend")));
        assertThat(viewer.findElement(By.id("toggle-heatmap")).getAttribute("aria-pressed")).isEqualTo("true");
        WebElement legend = viewer.findElement(By.id("editor:heatmap-legend"));
        assertThat(legend.findElements(By.cssSelector("li.status-badge i.pi"))).hasSize(6);
        assertThat(legend.getText()).contains("On target", "At risk", "Off target", "Too few responses", "No target",
                "No data", "Full effort report");
        assertThat(viewer.findElement(By.id("editor:heatmap-report")).getAttribute("href"))
                .contains("/report/effort.xhtml?journey=" + journey + "&preset=30");
        LocalDate from = day(viewer, 0);
        LocalDate to = day(viewer, 1);
        assertThat(from).as("the last 30 days").isEqualTo(to.minusDays(29));

        JsonObject call = touchpoint(journey, from, to, "RET-CALL-01");
        assertThat(call.getString("status")).isIn("OFF_TARGET", "AT_RISK");
        WebElement callCard = card(viewer, "RET-CALL-01");
        assertThat(callCard.getAttribute("class")).contains("heat-" + cssName(call.getString("status")));
        assertThat(callCard.findElement(By.cssSelector(".heat-figures .status-badge")).getText())
                .isIn("Off target", "At risk");
        assertThat(callCard.findElement(By.cssSelector(".heat-ces")).getText()).isEqualTo(figures(call));
        assertThat(call.getJsonNumber("responses").longValue()).as("the demo measures the phone line").isGreaterThanOrEqualTo(30);

        JsonObject web = touchpoint(journey, from, to, "RET-WEB-01");
        assertThat(web.getString("status")).isEqualTo("ON_TARGET");
        WebElement webCard = card(viewer, "RET-WEB-01");
        assertThat(webCard.getAttribute("class")).contains("heat-on-target");
        assertThat(webCard.findElement(By.cssSelector(".heat-figures")).getText()).contains("On target", figures(web));
        assertThat(viewer.findElements(By.cssSelector(".step-card.touchpoint:not(.heat)"))).as("every touchpoint coloured").isEmpty();
        Browser.screenshot(viewer, "editor-heatmap");
        Browser.checkAccessibility(viewer);

        // the last 7 days: other days, other figures, the same as the report's for them
        Browser.choose(viewer, "editor:heatmap-days", "Last 7 days");
        Browser.awaitAjax(viewer);
        redrawn(viewer).until(d -> day(d, 0).equals(day(d, 1).minusDays(6)));
        LocalDate weekFrom = day(viewer, 0);
        JsonObject callWeek = touchpoint(journey, weekFrom, day(viewer, 1), "RET-CALL-01");
        assertThat(callWeek.getJsonNumber("responses").longValue()).isLessThan(call.getJsonNumber("responses").longValue());
        String expectedWeek = callWeek.getJsonNumber("responses").longValue() == 0 ? "" : figures(callWeek);
        redrawn(viewer).until(d -> expectedWeek.equals(cesText(card(d, "RET-CALL-01"))));
        assertThat(viewer.findElement(By.id("editor:heatmap-report")).getAttribute("href")).contains("&preset=7");
        Browser.checkAccessibility(viewer);

        // remembered for this person in this browser
        viewer.navigate().refresh();
        Browser.waitFor(viewer).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:heatmap-legend")));
        Browser.awaitAjax(viewer);
        assertThat(card(viewer, "RET-WEB-01").getAttribute("class")).contains("heat-on-target");

        // off again from the keyboard; the focus stays on the switch
        viewer.findElement(By.id("toggle-heatmap")).sendKeys(Keys.SPACE);
        Browser.awaitAjax(viewer);
        Browser.waitFor(viewer).until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:heatmap-legend")));
        assertThat(viewer.findElements(By.cssSelector(".step-card.heat, .heat-figures"))).isEmpty();
        assertThat(viewer.findElement(By.id("toggle-heatmap")).getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(viewer.switchTo().activeElement().getAttribute("id")).isEqualTo("toggle-heatmap");
        Browser.checkAccessibility(viewer);
        viewer.navigate().refresh();
        Browser.waitFor(viewer).until(ExpectedConditions.textToBe(By.id("journey-name"), DemoData.DEMO_JOURNEY));
        Browser.awaitAjax(viewer);
        assertThat(viewer.findElements(By.cssSelector(".step-card.heat"))).isEmpty();
    }

    /** A wait through the moments the page replaces what it is asked about. */
    private static org.openqa.selenium.support.ui.FluentWait<WebDriver> redrawn(WebDriver browser) {
        return Browser.waitFor(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class,
                org.openqa.selenium.JavascriptException.class);
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private long demoJourney() {
        HttpResponse<String> services = api().call(DemoUser.VIEWER, "GET", "/services", null, null);
        return Http.json(services).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(DemoData.DEMO_SERVICE))
                .flatMap(s -> s.getJsonArray("journeys").getValuesAs(JsonObject.class).stream())
                .filter(j -> j.getString("name").equals(DemoData.DEMO_JOURNEY))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The touchpoint's row of the effort report over the same days, from the API. */
    private JsonObject touchpoint(long journey, LocalDate from, LocalDate to, String code) {
        HttpResponse<String> answer = api().get(DemoUser.VIEWER,
                "/reports/effort?journey=" + journey + "&from=" + from + "&to=" + to, "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApiClient.json(answer).getJsonArray("touchpoints").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
    }

    /** "CES 4.31 · n 243", rounded and grouped as English writes them. */
    private static String figures(JsonObject touchpoint) {
        NumberFormat ces = NumberFormat.getNumberInstance(Locale.ENGLISH);
        ces.setMinimumFractionDigits(2);
        ces.setMaximumFractionDigits(2);
        return "CES " + ces.format(touchpoint.getJsonNumber("cesMean").doubleValue()) + " · n "
                + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(touchpoint.getJsonNumber("responses").longValue());
    }

    private static String cssName(String status) {
        return status.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The card whose code is {@code code}. */
    private static WebElement card(WebDriver browser, String code) {
        return browser.findElement(By.xpath("//div[contains(@class,'step-card')][.//span[@class='code' and text()='" + code + "']]"));
    }

    /** The card's figures, or "" when it has none (no data). */
    private static String cesText(WebElement card) {
        return card.findElements(By.cssSelector(".heat-ces")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The legend's first (0) or last (1) day. */
    private static LocalDate day(WebDriver browser, int which) {
        return LocalDate.parse(((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('.heatmap-legend time')[arguments[0]].getAttribute('datetime');", which)
                .toString());
    }
}
