package io.blueprint.web.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
}
