package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Locale;
import java.util.UUID;

import static io.blueprint.web.it.Browser.click;
import static io.blueprint.web.it.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service policy in a real browser: a designer drafts and an executive publishes a guarantee that passes the policy
 * checks and anyone sees it on the public charter; a vague promise is refused with the reason; the
 * checks follow the form as it is typed; designers cannot publish; versions compare field by field.
 */
class PolicyBrowserIT extends BrowserTests {

    private static final By CHECKS = By.id("guarantee:checks");
    private static final By STATUS = By.id("status");

    private WebDriver signedIn(DemoUser user) {
        return browsers.signedIn(base, user);
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    /** Starts a guarantee of the demo service from the list's dialog and waits for its page. */
    private void create(WebDriver browser, String code, String title) {
        browser.get(base + "policy/guarantees.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("list:new-guarantee"))).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:code")));
        Browser.choose(browser, "createForm:service", DemoData.DEMO_SERVICE);
        browser.findElement(By.id("createForm:code")).sendKeys(code);
        browser.findElement(By.id("createForm:title")).sendKeys(title);
        browser.findElement(By.id("createForm:create")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("guarantee-heading"), code));
        Browser.awaitAjax(browser);
    }

    private static void awaitChecks(WebDriver browser, String text) {
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(CHECKS, text));
    }

    private static void awaitChecksWithout(WebDriver browser, String text) {
        Browser.waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(CHECKS, text)));
    }

    private static void scrollTo(WebDriver browser, By what) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'})", browser.findElement(what));
    }

    private static String checks(WebDriver browser) {
        return browser.findElement(CHECKS).getText();
    }

    /**
     * Fills a new draft with terms that pass every check but the promise's wording: a measurable
     * condition, a web claim channel, a customer-facing touchpoint, an automatic points credit.
     * The policy checks follow each change without saving.
     */
    private static void fillTerms(WebDriver browser, String promise) {
        type(browser, "guarantee:promise", promise);
        Browser.choose(browser, "guarantee:metric", "Wait before being served");
        Browser.choose(browser, "guarantee:operator", "at most");
        Browser.choose(browser, "guarantee:unit", "seconds");
        awaitChecks(browser, "State the exact number the promise keeps");
        type(browser, "guarantee:threshold_input", "60");
        awaitChecksWithout(browser, "State the exact number the promise keeps");

        click(browser, "guarantee:add-channel");
        type(browser, "guarantee:channels:0:contact", "https://shop.example.com/care/chat");
        awaitChecksWithout(browser, "Say how to claim");

        browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'RET-CHAT-01')]")).click();
        awaitChecksWithout(browser, "Link the guarantee to the touchpoint");

        click(browser, "guarantee:add-rule");
        awaitChecks(browser, "Refund rule 1: choose the remedy");
        Browser.choose(browser, "guarantee:rules:0:remedy", "Points credit");
        Browser.choose(browser, "guarantee:rules:0:amount-kind", "Fixed amount");
        Browser.awaitAjax(browser);
        type(browser, "guarantee:rules:0:amount_input", "1000");
        Browser.choose(browser, "guarantee:rules:0:payout", "Paid automatically");
        Browser.awaitAjax(browser);
        awaitChecksWithout(browser, "Refund rule 1");
    }

    /** The designer submits the draft open in their browser; an executive opens it and publishes (four eyes). */
    private WebDriver submitThenPublishAsExecutive(WebDriver designer) {
        click(designer, "guarantee:submit");
        Browser.waitFor(designer).until(ExpectedConditions.textToBe(STATUS, "In review"));
        WebDriver executive = signedIn(DemoUser.EXECUTIVE);
        executive.get(designer.getCurrentUrl());
        Browser.waitFor(executive).until(ExpectedConditions.textToBe(STATUS, "In review"));
        click(executive, "guarantee:publish");
        Browser.waitFor(executive).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.awaitAjax(executive);
        return executive;
    }

    @Test
    void anExecutivePublishesAGuaranteeThatPassesTheChecksAndTheCharterShowsIt() {
        WebDriver designer = signedIn(DemoUser.DESIGNER);
        designer.get(base + "policy/guarantees.xhtml");
        Browser.waitFor(designer).until(ExpectedConditions.presenceOfElementLocated(By.id("list:guarantees")));
        // other tests' guarantees of their own services come first by code: show the demo service's
        Browser.choose(designer, "list:service-filter", DemoData.DEMO_SERVICE);
        Browser.waitFor(designer).until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:guarantees"),
                DemoData.DEMO_PICKUP_GUARANTEE));
        assertThat(designer.findElement(By.id("list:guarantees")).getText())
                .contains(DemoData.DEMO_CALL_GUARANTEE, DemoData.DEMO_REFUND_GUARANTEE, DemoData.DEMO_PICKUP_GUARANTEE)
                .contains("Yes (v2)", "4 errors");
        Browser.screenshot(designer, "policy-guarantees");

        String code = uniqueCode("CHAT-60S");
        String title = "Chat answered within 60 seconds " + code;
        create(designer, code, title);
        assertThat(designer.findElement(STATUS).getText()).isEqualTo("Draft");
        assertThat(checks(designer)).contains("Say how to claim", "add a refund rule",
                "Link the guarantee to the touchpoint");

        fillTerms(designer, "A chat agent answers within 60 seconds, or we credit 1,000 points.");
        Browser.waitFor(designer).until(ExpectedConditions.visibilityOfElementLocated(By.id("guarantee:checks-pass")));
        assertThat(checks(designer)).contains("Passes all policy checks.");
        scrollTo(designer, By.id("guarantee-heading"));
        Browser.screenshot(designer, "policy-guarantee-checks");

        WebDriver executive = submitThenPublishAsExecutive(designer);
        Browser.waitFor(executive).until(ExpectedConditions.textToBe(STATUS, "Published"));
        assertThat(executive.findElement(By.id("approved-by")).getText()).contains("executive");
        assertThat(executive.findElement(By.id("guarantee:frozen")).getText()).contains("Published versions never change");
        assertThat(executive.findElements(By.id("guarantee:save"))).isEmpty();

        WebDriver visitor = browsers.open();
        visitor.get(base + "charter.xhtml");
        Browser.waitFor(visitor).until(ExpectedConditions.presenceOfElementLocated(By.id("guarantee-" + code)));
        assertThat(visitor.getCurrentUrl()).endsWith("/charter.xhtml");
        WebElement published = visitor.findElement(By.id("guarantee-" + code));
        assertThat(published.getText()).contains(title, "Wait before being served: at most 60 seconds",
                "Points credit: 1,000 points.", "Paid automatically", code + ", version 1");
        assertThat(published.findElement(By.linkText("https://shop.example.com/care/chat")).getAttribute("href"))
                .isEqualTo("https://shop.example.com/care/chat");
        assertThat(visitor.findElement(By.id("main")).getText())
                .contains(DemoData.DEMO_SERVICE, "Refund calls answered within 2 minutes")
                .doesNotContain("Quick courier pickup");
        assertThat(visitor.findElement(By.id("guarantee-RET-REFUND-3BD")).findElement(By.linkText("refunds@shop.example.com"))
                .getAttribute("href")).isEqualTo("mailto:refunds@shop.example.com");
        Browser.screenshot(visitor, "charter");

        visitor.findElement(By.id("topbar:lang-ko")).click();
        Browser.waitFor(visitor).until(ExpectedConditions.textToBe(By.tagName("h1"), "고객 서비스 보증"));
        assertThat(visitor.findElement(By.id("guarantee-" + code)).getText())
                .contains("응대까지 대기 시간: 60초 이하", "자동으로 지급합니다");
        Browser.screenshot(visitor, "charter-ko");

        // retired from today, it leaves the charter
        click(executive, "guarantee:retire");
        Browser.waitFor(executive).until(ExpectedConditions.elementToBeClickable(By.id("retireForm:confirm-retire"))).click();
        Browser.waitFor(executive).until(ExpectedConditions.textToBe(STATUS, "Retired"));
        assertThat(executive.findElement(By.id("retired-by")).getText()).contains("executive");
        visitor.navigate().refresh();
        Browser.waitFor(visitor).until(ExpectedConditions.textToBe(By.tagName("h1"), "고객 서비스 보증"));
        assertThat(visitor.findElements(By.id("guarantee-" + code))).isEmpty();
    }

    @Test
    void aGuaranteeWithAVaguePromiseCannotBePublishedAndThePageSaysWhy() {
        WebDriver designer = signedIn(DemoUser.DESIGNER);
        String code = uniqueCode("PICKUP-FAST");
        create(designer, code, "Fast pickup " + code);
        fillTerms(designer, "반품 상품은 빠르게 처리합니다.");
        String vague = "\"빠르게\" promises nothing measurable";
        assertThat(checks(designer)).contains(vague).doesNotContain("Passes all policy checks.");

        // the live checks follow an edit before it is saved: a number in the sentence answers the vague word
        type(designer, "guarantee:promise", "반품 상품은 48시간 안에 빠르게 처리합니다.");
        awaitChecksWithout(designer, vague);
        type(designer, "guarantee:promise", "반품 상품은 빠르게 처리합니다.");
        awaitChecks(designer, vague);

        WebDriver executive = submitThenPublishAsExecutive(designer);
        Browser.waitFor(executive).until(ExpectedConditions.visibilityOfElementLocated(By.id("guarantee:refusal")));
        assertThat(executive.findElement(By.id("guarantee:refusal")).getText())
                .contains("Not published: these policy checks fail", "No vague promise words", vague);
        assertThat(executive.findElement(By.id("messages")).getText())
                .contains("Version 1 of " + code + " cannot be published");
        assertThat(executive.findElement(STATUS).getText()).isEqualTo("In review");

        executive.navigate().refresh();
        Browser.waitFor(executive).until(ExpectedConditions.textToBe(STATUS, "In review"));
        click(executive, "guarantee:return");
        type(executive, "returnForm:note", "Say how many hours the pickup takes.");
        click(executive, "returnForm:confirm-return");
        Browser.waitFor(executive).until(ExpectedConditions.textToBe(STATUS, "Draft"));
        assertThat(executive.findElement(By.id("guarantee:review-note")).getText())
                .contains("Returned for changes:", "Say how many hours the pickup takes.");
        assertThat(checks(executive)).contains(vague);
        WebDriver visitor = browsers.open();
        visitor.get(base + "charter.xhtml");
        Browser.waitFor(visitor).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(visitor.findElement(By.id("main")).getText()).doesNotContain(code);
    }

    @Test
    void anExecutiveWhoSubmittedAVersionIsNotOfferedToApproveIt() {
        WebDriver executive = signedIn(DemoUser.EXECUTIVE);
        String code = uniqueCode("MAIL-24H");
        create(executive, code, "E-mail answered within 24 hours " + code);
        fillTerms(executive, "We answer your e-mail within 24 hours, or we credit 1,000 points.");
        click(executive, "guarantee:submit");
        Browser.waitFor(executive).until(ExpectedConditions.textToBe(STATUS, "In review"));

        assertThat(executive.findElements(By.id("guarantee:publish"))).isEmpty();
        assertThat(executive.findElement(By.id("guarantee:four-eyes")).getText())
                .contains("another executive approves it");
        assertThat(executive.findElement(By.id("guarantee:return")).isDisplayed()).isTrue();
    }

    @Test
    void aDesignerSubmitsButCannotPublish() {
        WebDriver designer = signedIn(DemoUser.DESIGNER);
        String code = uniqueCode("STORE-5MIN");
        create(designer, code, "Served in store within 5 minutes " + code);
        fillTerms(designer, "A clerk serves you within 5 minutes, or we credit 1,000 points.");
        click(designer, "guarantee:submit");
        Browser.waitFor(designer).until(ExpectedConditions.textToBe(STATUS, "In review"));

        assertThat(designer.findElements(By.id("guarantee:publish"))).isEmpty();
        assertThat(designer.findElements(By.id("guarantee:retire"))).isEmpty();
        assertThat(designer.findElement(By.id("guarantee:return")).isDisplayed()).isTrue();
        assertThat(designer.findElement(By.id("guarantee:in-review")).getText()).contains("the terms are locked");
        assertThat(designer.findElement(By.id("submitted-by")).getText()).contains("designer");
    }

    @Test
    void theBlueprintBadgesGuaranteedTouchpointsAndVersionsCompareFieldByField() {
        WebDriver viewer = signedIn(DemoUser.VIEWER);
        viewer.get(base + "journey/journeys.xhtml");
        // by the time this runs other tests have added journeys enough to page the demo off the first page:
        // the viewer searches for it, as a person would
        Browser.type(viewer, "list:search", DemoData.DEMO_JOURNEY);
        Browser.waitFor(viewer).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            java.util.List<org.openqa.selenium.WebElement> rows = d.findElements(By.cssSelector("[id='list:journeys_data'] > tr"));
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains(DemoData.DEMO_JOURNEY));
        });
        Browser.awaitAjax(viewer);
        Browser.waitFor(viewer).until(ExpectedConditions.elementToBeClickable(By.linkText(DemoData.DEMO_JOURNEY))).click();
        By badge = By.cssSelector(".step-card[data-step='Hotline answers refund questions'] a.guarantee-badge");
        Browser.waitFor(viewer).until(ExpectedConditions.presenceOfElementLocated(badge));
        assertThat(viewer.findElement(badge).getAttribute("aria-label"))
                .isEqualTo("Guarantee in force: Refund calls answered within 2 minutes");
        assertThat(viewer.findElements(By.cssSelector(".step-card[data-step='Prepaid return label (QR code)'] a.guarantee-badge")))
                .as("a draft guarantee gives no badge").isEmpty();
        scrollTo(viewer, badge);
        Browser.screenshot(viewer, "editor-guarantee-badge");

        viewer.findElement(badge).click();
        Browser.waitFor(viewer).until(ExpectedConditions.textToBePresentInElementLocated(By.id("guarantee-heading"),
                DemoData.DEMO_CALL_GUARANTEE + " · v2"));
        assertThat(viewer.findElement(By.id("guarantee:terms-read")).getText())
                .contains("Wait before being served: at most 120 seconds");
        assertThat(viewer.findElement(By.id("touchpoints")).getText()).contains("RET-CALL-01", "Hotline answers refund questions");
        assertThat(viewer.findElements(By.id("guarantee:new-version"))).isEmpty();
        assertThat(viewer.findElement(By.id("history")).getText()).contains("v1", "Superseded", "v2", "Published");

        viewer.findElement(By.cssSelector("#history a.compare-link")).click();
        Browser.waitFor(viewer).until(ExpectedConditions.presenceOfElementLocated(By.id("compare:changes")));
        String changes = viewer.findElement(By.id("compare:changes")).getText();
        assertThat(changes).contains("4 differences between version 1 and version 2", "Condition › Number", "180", "120",
                "Refund calls answered within 3 minutes", "In force from");
        Browser.screenshot(viewer, "policy-compare");
    }

    @Test
    void aNewVersionIsADraftTwoEditorsSeeEachOtherAndEachOthersSavesNeitherOverwritesTheOtherAndADraftCanBeDiscarded() {
        WebDriver executive = signedIn(DemoUser.EXECUTIVE);
        executive.get(base + "policy/guarantee.xhtml?code=" + DemoData.DEMO_REFUND_GUARANTEE);
        Browser.waitFor(executive).until(ExpectedConditions.textToBe(STATUS, "Published"));
        click(executive, "guarantee:new-version");
        Browser.waitFor(executive).until(ExpectedConditions.textToBePresentInElementLocated(By.id("guarantee-heading"),
                DemoData.DEMO_REFUND_GUARANTEE + " · v2"));
        assertThat(executive.findElement(STATUS).getText()).isEqualTo("Draft");
        String draftUrl = executive.getCurrentUrl();

        WebDriver designer = signedIn(DemoUser.DESIGNER);
        designer.get(draftUrl);
        Browser.waitFor(designer).until(ExpectedConditions.textToBe(STATUS, "Draft"));
        // each sees the other on the page
        Browser.waitFor(executive).until(ExpectedConditions.presenceOfElementLocated(presence(DemoUser.DESIGNER)));
        Browser.waitFor(designer).until(ExpectedConditions.presenceOfElementLocated(presence(DemoUser.EXECUTIVE)));
        ((org.openqa.selenium.JavascriptExecutor) executive).executeScript("window.livePageMark = true");

        // a page that has typed nothing is brought up to date, without a reload
        type(designer, "guarantee:owner", "Finance and Care");
        click(designer, "guarantee:save");
        Browser.waitFor(designer).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved version 2"));
        Browser.waitFor(executive).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                "Finance and Care".equals(d.findElement(By.id("guarantee:owner")).getAttribute("value")));
        assertThat(((org.openqa.selenium.JavascriptExecutor) executive).executeScript("return window.livePageMark"))
                .as("not reloaded").isEqualTo(true);

        // a page that has typed keeps the typing, is told, and cannot overwrite the other's change
        type(executive, "guarantee:owner", "Finance only");
        type(designer, "guarantee:owner", "Finance, Care and Logistics");
        click(designer, "guarantee:save");
        Browser.waitFor(executive).until(ExpectedConditions.visibilityOfElementLocated(By.id("behind-message")));
        assertThat(executive.findElement(By.id("behind-message")).getText()).contains("designer changed this version");
        assertThat(executive.findElement(By.id("guarantee:owner")).getAttribute("value")).isEqualTo("Finance only");
        click(executive, "guarantee:save");
        Browser.waitFor(executive).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-message")));
        assertThat(executive.findElement(By.id("conflict-message")).getText())
                .contains("designer changed this guarantee in the meantime");
        click(executive, "guarantee:reload");
        Browser.waitFor(executive).until(ExpectedConditions.invisibilityOfElementLocated(By.id("conflict-message")));
        assertThat(executive.findElement(By.id("guarantee:owner")).getAttribute("value")).isEqualTo("Finance, Care and Logistics");

        click(executive, "guarantee:discard");
        Browser.waitFor(executive).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.waitFor(executive).until(ExpectedConditions.textToBe(STATUS, "Published"));
        assertThat(executive.findElement(By.id("guarantee-heading")).getText()).contains(DemoData.DEMO_REFUND_GUARANTEE + " · v1");
        assertThat(executive.findElement(By.id("messages")).getText()).contains("was discarded");
        assertThat(executive.findElement(By.id("history")).getText()).doesNotContain("v2");
    }

    private static By presence(DemoUser user) {
        return By.cssSelector("#guarantee\\:presence .presence-chip[data-username='" + user.username + "']");
    }

    @Test
    void opsSeeWhatTheExportWillHoldAndChannelFiltersIt() {
        WebDriver ops = signedIn(DemoUser.OPS);
        ops.get(base + "policy/export.xhtml");
        WebElement preview = Browser.waitFor(ops).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("export:guarantees")));
        assertThat(preview.getText()).contains(DemoData.DEMO_CALL_GUARANTEE, DemoData.DEMO_REFUND_GUARANTEE)
                .doesNotContain(DemoData.DEMO_PICKUP_GUARANTEE);
        Browser.choose(ops, "export:channel", "Phone");
        // the preview table is replaced by the Ajax update, possibly between finding it and reading it
        Browser.waitFor(ops).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("export:guarantees")).getText()
                .contains(DemoData.DEMO_REFUND_GUARANTEE));
        assertThat(ops.findElement(By.id("export:guarantees")).getText()).contains(DemoData.DEMO_CALL_GUARANTEE);
        assertThat(ops.findElement(By.id("export:download-pdf")).getAttribute("aria-label")).isNotBlank();
        Browser.screenshot(ops, "policy-export");
    }
}
