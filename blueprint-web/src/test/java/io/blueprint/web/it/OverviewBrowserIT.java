package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executive overview in a real browser: an executive lands on it after signing in and sees the compensation cost,
 * the guarantees most often broken, the journeys' effort status as a chart and a table, and the top hotspots, each
 * linking to its detail; other roles land on the home page and can open the overview from the menu.
 */
class OverviewBrowserIT extends BrowserTests {

    @Test
    void anExecutiveLandsOnTheOverviewAndFollowsItToTheBrokenGuarantee() {
        WebDriver executive = browsers.signedIn(base, DemoUser.EXECUTIVE);
        Browser.waitFor(executive).until(ExpectedConditions.urlContains("report/overview.xhtml"));
        Browser.waitFor(executive).until(ExpectedConditions.visibilityOfElementLocated(By.id("broken-guarantees")));

        assertThat(executive.findElement(By.cssSelector("#last-month-cost .figure-value")).getText())
                .as("the demo's waits break the call guarantee every month").matches(".*[1-9].* KRW");
        assertThat(executive.findElement(By.id("guarantee-table")).getText())
                .contains(DemoData.DEMO_CALL_GUARANTEE).contains(DemoData.DEMO_REFUND_GUARANTEE);
        assertThat(executive.findElement(By.id("journey-table")).getText()).contains(DemoData.DEMO_JOURNEY);
        assertThat(executive.findElements(By.cssSelector("#status-chart canvas"))).isNotEmpty();
        assertThat(executive.findElement(By.id("status-chart-text")).getText()).contains(DemoData.DEMO_JOURNEY + ":");
        assertThat(executive.findElements(By.cssSelector("#hotspot-list li"))).isNotEmpty();
        assertThat(executive.findElement(By.linkText(DemoData.DEMO_JOURNEY)).getAttribute("href"))
                .contains("report/effort.xhtml?journey=").contains("preset=30");
        Browser.screenshot(executive, "overview");

        executive.findElement(By.linkText(DemoData.DEMO_CALL_GUARANTEE)).click();
        Browser.waitFor(executive).until(ExpectedConditions.textToBePresentInElementLocated(By.id("guarantee-heading"),
                DemoData.DEMO_CALL_GUARANTEE));
        Browser.waitFor(executive).until(ExpectedConditions.visibilityOfElementLocated(By.id("guarantee:outcomes")));
        ((org.openqa.selenium.JavascriptExecutor) executive).executeScript(
                "document.getElementById('guarantee:outcomes').scrollIntoView({block: 'start'})");
        Browser.screenshot(executive, "guarantee-outcomes");

        executive.navigate().back();
        Browser.waitFor(executive).until(ExpectedConditions.elementToBeClickable(By.id("topbar:lang-ko"))).click();
        Browser.waitFor(executive).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
        assertThat(executive.findElement(By.tagName("h1")).getText()).isEqualTo("경영 요약");
        assertThat(executive.findElement(By.id("broken-guarantees")).getText()).contains("가장 자주 위반된 보증");
    }

    @Test
    void otherRolesLandOnTheHomePageAndOpenTheOverviewFromTheMenu() {
        WebDriver viewer = browsers.signedIn(base, DemoUser.VIEWER);
        assertThat(viewer.getCurrentUrl()).doesNotContain("overview");
        Browser.waitFor(viewer).until(ExpectedConditions.elementToBeClickable(By.id("nav-overview"))).click();
        Browser.waitFor(viewer).until(ExpectedConditions.textToBe(By.tagName("h1"), "Executive overview"));
        assertThat(viewer.findElement(By.id("nav-overview")).getAttribute("aria-current")).isEqualTo("page");
    }
}
