package io.blueprint.web.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the browser tests do on the blueprint editor, the way a designer does it. */
final class EditorPage {

    private EditorPage() {
    }

    /** Types a stage's name into the board's last column and adds it; waits until the board shows its cells. */
    static void addStage(WebDriver browser, String name) {
        browser.findElement(By.id("editor:new-stage")).clear();
        browser.findElement(By.id("editor:new-stage")).sendKeys(name);
        browser.findElement(By.id("editor:add-stage")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".cell-drop[data-stage='" + name + "']")));
    }

    /** Adds a step with the cell's "Add step" button and the dialog; waits until the board shows its card. */
    static void addStep(WebDriver browser, String stage, String laneLabel, String title) {
        browser.findElement(By.cssSelector("button[aria-label='Add step: " + stage + " / " + laneLabel + "']")).click();
        WebElement titleField = Browser.waitFor(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("stepDialogForm:title")));
        titleField.sendKeys(title);
        browser.findElement(By.id("stepDialogForm:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(card(title)));
        Browser.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialogForm:title")));
    }

    /** Opens a card's dialog with the mouse, scrolling the grid to the card first as a person would. */
    static void openCard(WebDriver browser, By card) {
        WebElement link = browser.findElement(card).findElement(By.cssSelector("a.card-title"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});",
                link);
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(link)).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("stepDialogForm:title")));
        Browser.awaitAjax(browser);
    }

    /** A card on the board, by its title. */
    static By card(String title) {
        return By.cssSelector(".step-card[data-step='" + title + "']");
    }
}
