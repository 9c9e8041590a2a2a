package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in session survives what a cluster does to it: after an administrator (who may open every page) has
 * visited every page, posted a form on the editor and followed the guarantee page's compare link, every attribute of
 * the session — sign-in, Faces' view state, the view-scoped and session-scoped beans — is written out with Java
 * serialisation and read back in by {@link SessionProbe}, and none fails. What a session holds does not depend on
 * the database, so the suite runs this on H2 alone (it takes a minute).
 */
@DisabledIfEnvironmentVariable(named = "BLUEPRINT_DB_KIND", matches = "postgresql",
        disabledReason = "a session holds the same on either database: checked on the H2 run")
class SessionSerialisationIT extends BrowserSessions {

    /** Blueprint as it ships, with the probe: its own deployment (so not a {@link BrowserTests}). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint().addClass(SessionProbe.class);
    }

    private static final List<String> PAGES = List.of("index.xhtml", "journey/services.xhtml", "journey/journeys.xhtml",
            "policy/guarantees.xhtml", "policy/export.xhtml", "report/overview.xhtml", "report/effort.xhtml",
            "report/guarantees.xhtml", "measurement/imports.xhtml", "admin/users.xhtml", "account/profile.xhtml",
            "account/password.xhtml", "charter.xhtml");

    @Test
    void aSessionThatVisitedEveryPageIsWrittenOutAndReadBackWhole() {
        WebDriver admin = browsers.signedIn(base, DemoUser.ADMIN);
        for (String page : PAGES) {
            admin.get(base + page);
            Browser.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            Browser.awaitAjax(admin);
            // a page that failed shows the error page, whose session would prove nothing
            assertThat(admin.findElements(By.cssSelector(".error-reference")))
                    .as("%s opens without the error page", page).isEmpty();
        }
        // the editor, with a postback: the language switch posts its form and renders the view again
        admin.get(base + "journey/editor.xhtml?journey=" + demoJourneyId());
        Browser.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        admin.findElement(By.id("topbar:lang-ko")).click();
        Browser.waitFor(admin).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
        admin.findElement(By.id("topbar:lang-en")).click();
        Browser.waitFor(admin).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        // a guarantee with two versions, and the comparison of them
        admin.get(base + "policy/guarantee.xhtml?code=" + DemoData.DEMO_CALL_GUARANTEE);
        Browser.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.compare-link")));
        Browser.awaitAjax(admin);
        admin.findElement(By.cssSelector("a.compare-link")).click();
        Browser.waitFor(admin).until(ExpectedConditions.urlContains("policy/compare.xhtml"));
        Browser.awaitAjax(admin);

        admin.get(base + "test/session-probe");
        List<String> lines = Arrays.asList(admin.findElement(By.tagName("body")).getText().split("\n"));
        assertThat(lines).as("every attribute of the session, serialised and read back").isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("OK "));
        assertThat(lines).as("the view-scoped beans are in the session").anySatisfy(line -> assertThat(line).contains("ViewMap"));
    }

    private long demoJourneyId() {
        return Http.json(new ApiClient(base).call(DemoUser.VIEWER, "GET", "/services", null, null)).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(DemoData.DEMO_SERVICE))
                .flatMap(s -> s.getJsonArray("journeys").getValuesAs(JsonObject.class).stream())
                .filter(j -> j.getString("name").equals(DemoData.DEMO_JOURNEY))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
