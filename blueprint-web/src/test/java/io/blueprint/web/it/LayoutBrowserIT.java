package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame around every signed-in page: the side menu says where you are, and folds away for each user. */
@org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable(named = "BLUEPRINT_DB_KIND", matches = "postgresql",
        disabledReason = "the frame around the pages is drawn the same on either database: checked on the H2 run")
class LayoutBrowserIT extends BrowserTests {

    @Test
    void theSideMenuMarksTheCurrentPageAndStaysFoldedForTheUserWhoFoldedIt() {
        WebDriver browser = browsers.signedIn(base, DemoUser.DESIGNER);
        browser.get(base + "journey/services.xhtml");
        assertThat(browser.findElement(By.id("nav-services")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.findElement(By.id("nav-home")).getAttribute("aria-current")).isNull();
        assertThat(browser.findElement(By.id("nav-services")).getText()).isEqualTo("Services");

        By toggle = By.id("menu-toggle");
        assertThat(browser.findElement(toggle).getAttribute("aria-expanded")).isEqualTo("true");
        browser.findElement(toggle).click();
        assertThat(browser.findElement(toggle).getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.findElement(By.cssSelector("#nav-services .nav-text")).getRect().getWidth())
                .as("icons only: the name stays for screen readers, in a 1-pixel box").isLessThanOrEqualTo(1);
        assertThat(browser.findElement(By.id("nav-services")).getSize().getWidth()).isLessThan(60);

        browser.get(base + "index.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "false"));
        assertThat(browser.findElement(By.id("nav-home")).getAttribute("title")).as("the folded link keeps its name")
                .isEqualTo("Services and journeys");

        // another person on the same browser has their own menu
        browser.findElement(By.id("topbar:logout")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:logged-out")));
        Browser.signIn(browser, base, DemoUser.VIEWER);
        assertThat(browser.findElement(toggle).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.id("nav-home")).getText()).isEqualTo("Services and journeys");

        browser.findElement(By.id("topbar:logout")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:logged-out")));
        Browser.signIn(browser, base, DemoUser.DESIGNER);
        assertThat(browser.findElement(toggle).getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void aDropDownIsNamedByItsLabelWhateverItShows() {
        WebDriver browser = browsers.signedIn(base, DemoUser.DESIGNER);
        browser.get(base + "policy/guarantees.xhtml");
        By combobox = By.id("list:service-filter_label");
        Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(combobox, "aria-label", "Service"));
        String service = browser.findElement(By.cssSelector("[id='list:service-filter_input'] option:nth-child(2)"))
                .getAttribute("textContent");
        Browser.choose(browser, "list:service-filter", service);
        Browser.awaitAjax(browser);
        assertThat(browser.findElement(combobox).getText()).isEqualTo(service);
        assertThat(browser.findElement(combobox).getAttribute("aria-label")).isEqualTo("Service");
    }
}
