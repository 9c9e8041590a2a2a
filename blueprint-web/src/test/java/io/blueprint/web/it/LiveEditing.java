package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two designers on one journey, each in a browser of their own (on one node, or each on a node of a cluster): each sees
 * the other on the page, a stage one adds appears on the other's page within a second without a reload, the other's
 * next edit goes through instead of being refused as stale, and when both save the same card at the same moment one
 * is saved and the other is told who changed it.
 */
final class LiveEditing {

    /** The acceptance's "within a second": from the moment the adding page shows its stage. */
    private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);

    /** A second designer, made by the admin over the API. */
    record Designer(String username, String displayName, String password) {
    }

    private LiveEditing() {
    }

    static Designer secondDesigner(ApiClient api) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Designer dana = new Designer("minji-" + suffix, "Minji " + suffix, "Lantern " + UUID.randomUUID() + " tulip");
        HttpResponse<String> created = api.call(DemoUser.ADMIN, "POST", "/users", null, """
                {"username":"%s","displayName":"%s","password":"%s","roles":["DESIGNER"],"temporaryPassword":false}"""
                .formatted(dana.username(), dana.displayName(), dana.password()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return dana;
    }

    /**
     * The whole scenario: {@code first} is the demo designer on {@code firstBase}, {@code second} is {@code dana} on
     * {@code secondBase}; both signed in already. Answers how long the second page took to show the first's stage.
     */
    static Duration designersEditTogether(WebDriver first, URL firstBase, WebDriver second, URL secondBase, long journey,
                                          Designer dana) {
        first.get(firstBase + "journey/editor.xhtml?journey=" + journey);
        Browser.waitFor(first).until(ExpectedConditions.presenceOfElementLocated(By.id("editor:presence")));
        second.get(secondBase + "journey/editor.xhtml?journey=" + journey);

        // each sees the other, by name and role
        WebElement danaOnFirst = Browser.waitFor(first).until(ExpectedConditions.presenceOfElementLocated(
                chip(dana.username())));
        assertThat(danaOnFirst.getText()).contains(dana.displayName(), "CX designer");
        Browser.waitFor(second).until(ExpectedConditions.presenceOfElementLocated(chip(DemoUser.DESIGNER.username)));
        mark(second);

        // a stage added by one appears on the other's page without a reload
        EditorPage.addStage(first, "Added on the first page");
        long shown = System.nanoTime();
        new WebDriverWait(second, WITHIN_A_SECOND).until(ExpectedConditions.presenceOfElementLocated(
                stageCell("Added on the first page")));
        Duration took = Duration.ofNanos(System.nanoTime() - shown);
        assertThat(marked(second)).as("the second page was not reloaded").isTrue();

        // the second page was brought up to date: its next edit is not refused as stale
        EditorPage.addStage(second, "Added on the second page");
        assertThat(second.findElements(By.id("conflict-message"))).isEmpty();
        Browser.waitFor(first).until(ExpectedConditions.presenceOfElementLocated(stageCell("Added on the second page")));

        // a card both open and save at the same moment: one is saved, the other told who changed it
        addStep(first, "Added on the first page", "Fill in the form");
        Browser.waitFor(second).until(ExpectedConditions.presenceOfElementLocated(card("Fill in the form")));
        openCard(first, "Fill in the form");
        openCard(second, "Fill in the form");
        retype(first, "Fill in the short form");
        retype(second, "Fill in the long form");
        ((JavascriptExecutor) first).executeScript("document.getElementById('stepDialogForm:save').click()");
        ((JavascriptExecutor) second).executeScript("document.getElementById('stepDialogForm:save').click()");
        Browser.awaitAjax(first);
        Browser.awaitAjax(second);
        boolean firstSaved = first.findElements(By.id("conflict-message")).isEmpty();
        boolean secondSaved = second.findElements(By.id("conflict-message")).isEmpty();
        assertThat(List.of(firstSaved, secondSaved)).as("one saved, one told of the conflict")
                .containsExactlyInAnyOrder(true, false);
        WebDriver loser = firstSaved ? second : first;
        String winner = firstSaved ? DemoUser.DESIGNER.username : dana.username();
        String saved = firstSaved ? "Fill in the short form" : "Fill in the long form";
        String refused = firstSaved ? "Fill in the long form" : "Fill in the short form";
        assertThat(loser.findElement(By.id("conflict-message")).getText())
                .contains(winner + " changed this journey in the meantime");
        assertThat(loser.findElement(By.id("stepDialogForm:dialog-messages")).getText())
                .as("the dialog, over the page, says so too").contains(winner + " changed this journey in the meantime");
        for (WebDriver browser : List.of(first, second)) {
            Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(card(saved)));
            assertThat(browser.findElements(card(refused))).as("nothing was overwritten unseen").isEmpty();
        }
        // the one refused closes the dialog and reloads: the notice goes, the other's title stays
        loser.findElement(By.id("stepDialogForm:cancel")).click();
        Browser.waitFor(loser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialogForm:title")));
        Browser.screenshot(loser, "editor-conflict");
        loser.findElement(By.id("editor:reload")).click();
        Browser.waitFor(loser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("conflict-message")));
        assertThat(loser.findElements(card(saved))).hasSize(1);
        return took;
    }

    private static By chip(String username) {
        return By.cssSelector("#editor\\:presence .presence-chip[data-username='" + username + "']");
    }

    private static By stageCell(String stage) {
        return By.cssSelector(".cell-drop[data-stage='" + stage + "']");
    }

    private static By card(String title) {
        return EditorPage.card(title);
    }

    private static void mark(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.liveEditingMark = true");
    }

    private static boolean marked(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.liveEditingMark === true"));
    }

    private static void addStep(WebDriver browser, String stage, String title) {
        EditorPage.addStep(browser, stage, "Customer actions", title);
    }

    private static void openCard(WebDriver browser, String title) {
        EditorPage.openCard(browser, card(title));
    }

    private static void retype(WebDriver browser, String title) {
        WebElement field = browser.findElement(By.id("stepDialogForm:title"));
        field.clear();
        field.sendKeys(title);
    }
}
