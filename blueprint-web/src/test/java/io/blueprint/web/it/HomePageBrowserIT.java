package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A person in a real browser: sign in, see the catalogue, switch language, sign out. */
@org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable(named = "BLUEPRINT_DB_KIND", matches = "postgresql",
        disabledReason = "signing in, the catalogue and the language switch behave the same on either database: checked on the H2 run")
class HomePageBrowserIT extends BrowserTests {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = browsers.open();
    }

    private void signIn(DemoUser user) {
        Browser.signIn(browser, base, user);
    }

    @Test
    void aDesignerSignsInAndFindsTheDemoJourney() {
        browser.get(base + "index.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.findElement(By.cssSelector("label[for='login:username']")).getText()).contains("User name");
        Browser.screenshot(browser, "login");

        browser.findElement(By.id("login:username")).sendKeys(DemoUser.DESIGNER.username);
        // the keyboard alone signs in: type the password and press Enter
        browser.findElement(By.id("login:password")).sendKeys(DemoUser.DESIGNER.password(), Keys.ENTER);
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));

        assertThat(browser.getCurrentUrl()).endsWith("/index.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Services and journeys");
        assertThat(browser.findElement(By.id("signed-in")).getText()).contains("designer", "CX designer");
        WebElement catalogue = browser.findElement(By.id("main"));
        assertThat(catalogue.getText()).contains(DemoData.DEMO_SERVICE, DemoData.DEMO_JOURNEY);
        Browser.screenshot(browser, "home");
    }

    @Test
    void aDesignerRegistersAServiceAndFindsItBySearching() {
        signIn(DemoUser.DESIGNER);
        browser.get(base + "journey/services.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("list:new-service"))).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("serviceDialogForm:name")));
        String name = "Gift cards " + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("serviceDialogForm:name")).sendKeys(name);
        browser.findElement(By.id("serviceDialogForm:owner")).sendKeys("Retail team");
        browser.findElement(By.id("serviceDialogForm:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("serviceDialogForm:name")));

        browser.findElement(By.id("list:search")).sendKeys(name.substring(0, 14));
        // filtered: the new service shows and the demo's does not (other tests' services may have paged it off before)
        Browser.waitFor(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            String shown = d.findElement(By.id("list:services")).getText();
            return shown.contains(name) && !shown.contains(DemoData.DEMO_SERVICE);
        });
        assertThat(browser.findElement(By.id("list:services")).getText()).contains(name, "Retail team");
        Browser.screenshot(browser, "services");

        browser.findElement(By.id("list:search")).clear();
        browser.findElement(By.id("list:search")).sendKeys("no such service anywhere");
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:services"),
                "No service matches."));
    }

    @Test
    void theLanguageSwitchShowsTheSamePageInKoreanAndSigningOutEndsTheSession() {
        signIn(DemoUser.VIEWER);

        browser.findElement(By.id("topbar:lang-ko")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "서비스와 여정"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
        assertThat(browser.findElement(By.id("signed-in")).getText()).contains("열람자");
        Browser.screenshot(browser, "home-ko");

        browser.findElement(By.id("topbar:logout")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:logged-out")));
        browser.get(base + "index.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("/login.xhtml"));
    }
}
