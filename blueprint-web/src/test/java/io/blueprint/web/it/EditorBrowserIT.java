package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** CX designers draw blueprints in a real browser; viewers only read; two designers never overwrite each other. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private final Browsers browsers = new Browsers();

    @AfterEach
    void closeBrowsers(org.junit.jupiter.api.TestInfo test) {
        browsers.closeAll(test);
    }

    private WebDriver signedIn(DemoUser user) {
        return browsers.signedIn(base, user);
    }

    /** Creates a journey of the demo service on the journey list; saving it opens it in the editor. */
    private void createAndOpen(WebDriver browser, String name) {
        browser.get(base + "journey/journeys.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("list:new-journey"))).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("journeyDialogForm:name")));
        Browser.choose(browser, "journeyDialogForm:service", DemoData.DEMO_SERVICE);
        browser.findElement(By.id("journeyDialogForm:name")).sendKeys(name);
        browser.findElement(By.id("journeyDialogForm:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.id("journey-name"), name));
    }

    private static void addStage(WebDriver browser, String name) {
        browser.findElement(By.id("editor:new-stage")).clear();
        browser.findElement(By.id("editor:new-stage")).sendKeys(name);
        browser.findElement(By.id("editor:add-stage")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".cell-drop[data-stage='" + name + "']")));
    }

    private static void addStep(WebDriver browser, String stage, String laneLabel, String title) {
        browser.findElement(By.cssSelector("button[aria-label='Add step: " + stage + " / " + laneLabel + "']")).click();
        WebElement titleField = Browser.waitFor(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("stepDialogForm:title")));
        titleField.sendKeys(title);
        browser.findElement(By.id("stepDialogForm:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(card(title)));
        Browser.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialogForm:title")));
    }

    private static By card(String title) {
        return By.cssSelector(".step-card[data-step='" + title + "']");
    }

    private static By cell(String stage, String lane) {
        return By.cssSelector(".cell-drop[data-stage='" + stage + "'][data-lane='" + lane + "']");
    }

    private static String findings(WebDriver browser) {
        return browser.findElement(By.id("editor:side")).getText();
    }

    @Test
    void aDesignerDrawsABlueprintAndADraggedCardStaysWhereItWasDropped() {
        WebDriver browser = signedIn(DemoUser.DESIGNER);
        String name = "Buy a gift card " + UUID.randomUUID().toString().substring(0, 8);
        createAndOpen(browser, name);

        addStage(browser, "Discover");
        addStage(browser, "Buy");
        assertThat(findings(browser)).contains("In stage \"Discover\" the customer does nothing.",
                "In stage \"Buy\" the customer does nothing.");

        addStep(browser, "Discover", "Customer actions", "Searches for gift ideas");
        addStep(browser, "Discover", "Frontstage", "Gift guide page");
        addStep(browser, "Buy", "Backstage", "Fraud check on the payment");
        assertThat(findings(browser)).doesNotContain("In stage \"Discover\" the customer does nothing.")
                .contains("In stage \"Buy\" the customer does nothing.");

        WebElement dragged = browser.findElement(card("Searches for gift ideas"));
        WebElement target = browser.findElement(cell("Buy", "CUSTOMER_ACTIONS"));
        new Actions(browser).clickAndHold(dragged).moveByOffset(10, 10).moveToElement(target).moveByOffset(3, 3)
                .release().perform();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                cell("Buy", "CUSTOMER_ACTIONS"), card("Searches for gift ideas")));
        Browser.awaitAjax(browser);

        browser.navigate().refresh();
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.id("journey-name"), name));
        assertThat(browser.findElement(cell("Buy", "CUSTOMER_ACTIONS")).getText()).contains("Searches for gift ideas");
        assertThat(browser.findElement(cell("Discover", "CUSTOMER_ACTIONS")).getText()).doesNotContain("Searches for gift ideas");
        assertThat(findings(browser)).contains("In stage \"Discover\" the customer does nothing.")
                .doesNotContain("In stage \"Buy\" the customer does nothing.");
        browser.findElement(By.linkText("History")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
        assertThat(browser.findElement(By.id("history")).getText()).contains("step moved", "Searches for gift ideas");
    }

    @Test
    void aViewerSeesTheBlueprintButCannotChangeIt() {
        WebDriver browser = signedIn(DemoUser.VIEWER);
        browser.get(base + "journey/journeys.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(DemoData.DEMO_JOURNEY))).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.id("journey-name"), DemoData.DEMO_JOURNEY));

        assertThat(browser.findElement(By.id("editor:read-only")).getText()).contains("read only");
        assertThat(browser.findElements(By.cssSelector("button[aria-label^='Add step']"))).isEmpty();
        assertThat(browser.findElements(By.id("editor:add-stage"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".step-card.ui-draggable"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".step-card"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(browser.findElement(By.cssSelector(".blueprint")).getText())
                .contains("Line of interaction", "Line of visibility", "Line of internal interaction");
        Browser.screenshot(browser, "editor");

        browser.findElement(card("Return form with photo upload")).findElement(By.cssSelector("a.card-title")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("stepDialogForm:title")));
        assertThat(browser.findElements(By.id("stepDialogForm:save"))).isEmpty();
        assertThat(browser.findElement(By.id("stepDialogForm:title")).getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.id("stepDialogForm:code")).getAttribute("value")).isEqualTo("RET-APP-01");
        Browser.screenshot(browser, "editor-step-dialog");
    }

    @Test
    void theSecondOfTwoDesignersIsToldWhoChangedTheJourneyAndCanReload() {
        WebDriver designer = signedIn(DemoUser.DESIGNER);
        String name = "Change an address " + UUID.randomUUID().toString().substring(0, 8);
        createAndOpen(designer, name);
        String editorUrl = designer.getCurrentUrl();

        WebDriver admin = signedIn(DemoUser.ADMIN);
        admin.get(editorUrl);
        Browser.waitFor(admin).until(ExpectedConditions.textToBe(By.id("journey-name"), name));
        addStage(admin, "Added by the admin");

        designer.findElement(By.id("editor:new-stage")).sendKeys("Added by the designer");
        designer.findElement(By.id("editor:add-stage")).click();
        Browser.waitFor(designer).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-message")));
        assertThat(designer.findElement(By.id("conflict-message")).getText())
                .contains("admin changed this journey in the meantime", "stage added", "Added by the admin");
        assertThat(designer.findElements(cell("Added by the designer", "CUSTOMER_ACTIONS"))).isEmpty();
        Browser.screenshot(designer, "editor-conflict");

        designer.findElement(By.id("editor:reload")).click();
        Browser.waitFor(designer).until(ExpectedConditions.presenceOfElementLocated(cell("Added by the admin", "CUSTOMER_ACTIONS")));
        assertThat(designer.findElements(By.id("conflict-message"))).isEmpty();
        addStage(designer, "Added by the designer");
        assertThat(designer.findElements(cell("Added by the admin", "CUSTOMER_ACTIONS"))).hasSize(1);
    }
}
