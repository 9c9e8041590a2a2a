package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Links where a person expects them, a language switch that keeps the page, and values in the reader's words. */
@org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable(named = "BLUEPRINT_DB_KIND", matches = "postgresql",
        disabledReason = "links, the language switch and wording are the same on either database: checked on the H2 run")
class NavigationBrowserIT extends BrowserTests {

    private ApiClient api;

    private ApiClient api() {
        if (api == null) {
            api = new ApiClient(base);
        }
        return api;
    }

    /** A service of its own with one journey whose history has a step, a touchpoint and a KPI. */
    private record Built(long serviceId, String serviceName, long journeyId, String journeyName) {
    }

    private Built build() {
        String serviceName = "Gift shop " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> service = api().call(DemoUser.DESIGNER, "POST", "/services", null,
                "{\"name\":\"" + serviceName + "\"}");
        assertThat(service.statusCode()).as(service.body()).isEqualTo(201);
        long serviceId = ApiClient.json(service).getJsonNumber("id").longValue();
        HttpResponse<String> created = api().call(DemoUser.DESIGNER, "POST", "/services/" + serviceId + "/journeys",
                null, "{\"name\":\"Choose a gift\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath().replace("/api/v1", "");
        HttpResponse<String> stages = ok(api().call(DemoUser.DESIGNER, "POST", path + "/stages", ApiClient.etag(created),
                "{\"name\":\"Discover\"}"));
        long discover = ApiClient.json(stages).getJsonArray("stages").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> step = ok(api().call(DemoUser.DESIGNER, "POST", path + "/steps", ApiClient.etag(stages),
                "{\"stageId\":" + discover + ",\"lane\":\"CUSTOMER_ACTIONS\",\"title\":\"Browses the gift guide\"}"));
        long stepId = ApiClient.json(step).getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("title").equals("Browses the gift guide"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> touchpoint = ok(api().call(DemoUser.DESIGNER, "PUT", path + "/steps/" + stepId + "/touchpoint",
                ApiClient.etag(step), "{\"code\":\"GIFT-GUIDE-01\",\"channel\":\"WEB\"}"));
        ok(api().call(DemoUser.DESIGNER, "POST", path + "/steps/" + stepId + "/touchpoint/kpis",
                ApiClient.etag(touchpoint), "{\"metric\":\"CES\",\"target\":5.5}"));
        return new Built(serviceId, serviceName, Long.parseLong(path.substring(path.lastIndexOf('/') + 1)), "Choose a gift");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private long demoJourneyId() {
        return Http.json(api().call(DemoUser.VIEWER, "GET", "/services", null, null)).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(DemoData.DEMO_SERVICE))
                .flatMap(s -> s.getJsonArray("journeys").getValuesAs(JsonObject.class).stream())
                .filter(j -> j.getString("name").equals(DemoData.DEMO_JOURNEY))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The page shown again in {@code language}; the old page's elements go stale while it is replaced. */
    private static void awaitLanguage(WebDriver browser, String language) {
        Browser.waitFor(browser).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    private static void awaitEditorOf(WebDriver browser, String journey) {
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.id("journey-name"), journey));
    }

    @Test
    void aJourneyOnTheHomePageOpensInTheEditor() {
        WebDriver browser = browsers.signedIn(base, DemoUser.VIEWER);
        browser.get(base + "index.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(DemoData.DEMO_JOURNEY))).click();

        awaitEditorOf(browser, DemoData.DEMO_JOURNEY);
        assertThat(browser.getCurrentUrl()).contains("journey/editor.xhtml?journey=" + demoJourneyId());
    }

    @Test
    void aServicesJourneyCountOpensItsJourneysAndTheFilterCanBeCleared() {
        Built built = build();
        WebDriver browser = browsers.signedIn(base, DemoUser.VIEWER);
        browser.get(base + "journey/services.xhtml");
        browser.findElement(By.id("list:search")).sendKeys(built.serviceName());
        // the list shows the searched service alone (other tests' services may fill the first page before)
        Browser.waitFor(browser).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#list\\:services tbody tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(built.serviceName());
        });
        WebElement count = Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#list\\:services a.journey-count")));
        assertThat(count.getText()).isEqualTo("1");
        assertThat(count.getAttribute("aria-label")).isEqualTo("Journeys of " + built.serviceName() + ": 1");
        count.click();

        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("list:service-filter")));
        assertThat(browser.getCurrentUrl()).contains("journeys.xhtml?service=" + built.serviceId());
        assertThat(browser.findElement(By.id("service-filter-text")).getText()).isEqualTo("Journeys of " + built.serviceName());
        assertThat(browser.findElement(By.id("list:journeys")).getText()).contains(built.journeyName())
                .doesNotContain(DemoData.DEMO_JOURNEY, DemoData.DEMO_SERVICE);
        Browser.screenshot(browser, "journeys-of-a-service");

        browser.findElement(By.id("list:clear-service-filter")).click();
        Browser.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("list:service-filter")));
        browser.findElement(By.id("list:search")).sendKeys(DemoData.DEMO_JOURNEY);
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:journeys"),
                DemoData.DEMO_SERVICE));

        browser.get(base + "journey/journeys.xhtml?service=99999999");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    @Test
    void aNewJourneyOpensInTheEditorAndTheFilteredListOffersItsService() {
        Built built = build();
        WebDriver browser = browsers.signedIn(base, DemoUser.DESIGNER);
        for (Dimension window : Browser.WINDOWS) {
            Browser.resize(browser, window);
            browser.get(base + "journey/journeys.xhtml?service=" + built.serviceId());
            Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("list:new-journey"))).click();
            Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("journeyDialogForm:name")));
            assertThat(browser.findElement(By.id("journeyDialogForm:service_label")).getText()).isEqualTo(built.serviceName());
            String name = "Wrap a gift " + UUID.randomUUID().toString().substring(0, 8);
            browser.findElement(By.id("journeyDialogForm:name")).sendKeys(name);
            browser.findElement(By.id("journeyDialogForm:save")).click();

            awaitEditorOf(browser, name);
            assertThat(browser.getCurrentUrl()).as(window.toString()).contains("journey/editor.xhtml?journey=");
            assertThat(browser.findElement(By.id("messages")).getText()).contains("Saved \"" + name + "\".");
        }
    }

    @Test
    void switchingLanguageInTheEditorKeepsTheJourneyAndTheHistorySpeaksTheReadersLanguage() {
        Built built = build();
        WebDriver browser = browsers.signedIn(base, DemoUser.VIEWER);
        for (Dimension window : Browser.WINDOWS) {
            Browser.resize(browser, window);
            browser.get(base + "journey/editor.xhtml?journey=" + built.journeyId());
            awaitEditorOf(browser, built.journeyName());
            browser.findElement(By.linkText("History")).click();
            WebElement history = Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
            assertThat(history.getText())
                    .contains("Discover / Customer actions", "GIFT-GUIDE-01 · Web", "Customer Effort Score 5.5 points")
                    .doesNotContain("CUSTOMER_ACTIONS", "· WEB", "5.50", "score");
            Browser.screenshot(browser, "editor-history");

            browser.findElement(By.id("topbar:lang-ko")).click();
            awaitLanguage(browser, "ko");
            assertThat(browser.getCurrentUrl()).contains("journey/editor.xhtml?journey=" + built.journeyId());
            awaitEditorOf(browser, built.journeyName());
            assertThat(browser.findElement(By.cssSelector("tr.lane-CUSTOMER_ACTIONS th.lane-head")).getText()).isEqualTo("고객 행동");
            browser.findElement(By.linkText("이력")).click();
            history = Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
            assertThat(history.getText())
                    .contains("Discover / 고객 행동", "GIFT-GUIDE-01 · 웹", "고객 노력 지수(CES) 5.5점")
                    .doesNotContain("CUSTOMER_ACTIONS", "Customer actions", "· WEB", "5.50");
            Browser.screenshot(browser, "editor-history-ko");

            browser.findElement(By.id("topbar:lang-en")).click();
            awaitLanguage(browser, "en");
            assertThat(browser.getCurrentUrl()).contains("journey=" + built.journeyId());
        }
    }

    @Test
    void theFaviconAnswersEveryoneAndEveryPageLinksIt() {
        Http visitor = new Http();
        URI root = URI.create(base.toString());
        HttpResponse<String> ico = visitor.get(root.resolve("/favicon.ico"));
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).get().asString().startsWith("image/");
        HttpResponse<String> svg = visitor.get(root.resolve("/favicon.svg"));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        for (String page : java.util.List.of("/login.xhtml", "/charter.xhtml")) {
            assertThat(visitor.get(root.resolve(page)).body()).as(page).contains("rel=\"icon\" href=\"/favicon.ico\"");
        }
    }

    @Test
    void theExportPageSaysWhatDayToEnterAndShowsNoStaleRows() {
        WebDriver browser = browsers.signedIn(base, DemoUser.OPS);
        browser.get(base + "policy/export.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("export:guarantees")));
        assertThat(browser.findElement(By.id("export:guarantees")).getText()).contains(DemoData.DEMO_CALL_GUARANTEE);

        WebElement date = browser.findElement(By.id("export:date_input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        date.sendKeys(Keys.TAB);
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("export:date-message"),
                "YYYY-MM-DD"));
        assertThat(browser.findElement(By.id("export:date-message")).getText()).contains("Enter the day");
        assertThat(browser.findElements(By.id("export:guarantees"))).as("no rows of the last good day").isEmpty();
        assertThat(browser.findElement(By.id("export:preview-invalid")).getText()).contains("Enter a valid day");
        Browser.screenshot(browser, "export-empty-day");
        Browser.checkAccessibility(browser);

        browser.findElement(By.tagName("h1")).click(); // closes the calendar that the field opened
        WebElement csv = Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("export:download-csv")));
        csv.click();
        // no file: the page comes back saying why
        Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(csv));
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("export:date-message"),
                "YYYY-MM-DD"));
        assertThat(browser.findElements(By.id("export:guarantees"))).isEmpty();

        date = browser.findElement(By.id("export:date_input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        date.sendKeys("2026-13-45", Keys.TAB);
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("export:date-message"),
                "This is not a day"));
        assertThat(browser.findElements(By.id("export:guarantees"))).isEmpty();
    }
}
