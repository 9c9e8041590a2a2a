package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import io.blueprint.web.startup.DemoData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports → Guarantees in a real browser on the demo's measurements: the executive opens it from the menu, picks the
 * demo service and sees both published demo guarantees with breaches and a cost, the claim-rate assumption, the
 * breach-rate chart and its text; sorting by breach rate orders the rows; the PDF export holds the codes. A period
 * without guarantees says so and offers no export; the page reads in Korean. Every page is checked by axe-core in
 * both languages.
 */
class GuaranteeReportBrowserIT extends BrowserTests {

    /** The table's columns: guarantee, title, service, condition, measured, breaches, breach rate, customers, cost. */
    private static final int BREACHES = 6;
    private static final int RATE = 7;
    private static final int COST = 9;

    @Test
    void anExecutiveSeesTheDemoGuaranteesBreachesAndCostSortsByBreachRateAndExportsThePdf() throws IOException {
        WebDriver executive = browsers.signedIn(base, DemoUser.EXECUTIVE);
        executive.findElement(By.id("nav-guarantee-report")).click();
        Browser.waitFor(executive).until(ExpectedConditions.visibilityOfElementLocated(By.id("report:guarantees")));
        assertThat(executive.findElement(By.id("nav-guarantee-report")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(executive.findElement(By.tagName("h1")).getText()).isEqualTo("Guarantee outcomes");
        // other tests' services may have guarantees too: the demo service's alone
        Browser.choose(executive, "report:service", DemoData.DEMO_SERVICE);
        Browser.awaitAjax(executive);
        Browser.waitFor(executive).until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:guarantees"),
                DemoData.DEMO_REFUND_GUARANTEE));
        assertThat(executive.findElement(By.id("report:preset_label")).getText()).as("the default period stays")
                .isEqualTo("Last 6 months");

        for (String code : List.of(DemoData.DEMO_CALL_GUARANTEE, DemoData.DEMO_REFUND_GUARANTEE)) {
            WebElement row = row(executive, code);
            assertThat(number(cell(row, BREACHES))).as(code + " breaches").isPositive();
            assertThat(cell(row, COST)).as(code + " cost").startsWith("KRW ").isNotEqualTo("KRW 0");
            assertThat(row.findElement(By.cssSelector("td:first-child a")).getAttribute("href")).contains("policy/guarantee.xhtml?id=");
        }
        assertThat(cell(row(executive, DemoData.DEMO_CALL_GUARANTEE), 4)).isEqualTo("Wait before being served: at most 120 seconds");
        assertThat(executive.findElement(By.id("claim-rate")).getText()).contains("On-claim remedies are counted at 25% claimed");
        Browser.waitFor(executive).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report\\:rate-chart canvas")));
        assertThat(executive.findElement(By.id("rate-chart-text")).getText())
                .contains("Breach rate per month of 2 guarantees", DemoData.DEMO_CALL_GUARANTEE, DemoData.DEMO_REFUND_GUARANTEE);
        assertThat(executive.findElement(By.id("report:months")).findElements(By.cssSelector("tbody tr")).size())
                .isGreaterThanOrEqualTo(2 * 4);
        Browser.screenshot(executive, "report-guarantees");
        Browser.checkAccessibility(executive);
        ((org.openqa.selenium.JavascriptExecutor) executive).executeScript(
                "document.getElementById('chart-heading').scrollIntoView({block: 'start'})");
        Browser.screenshot(executive, "report-guarantees-chart");
        ((org.openqa.selenium.JavascriptExecutor) executive).executeScript("window.scrollTo(0, 0)");

        // sorted by breach rate: one click on its header sorts the lowest first, a second the highest first
        List<Double> before = rates(executive);
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);
        List<Double> ascending = new ArrayList<>(before);
        ascending.sort(Comparator.naturalOrder());
        List<Double> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        Browser.click(executive, "report:guarantees:rate");
        Browser.waitFor(executive).until(d -> ascending.equals(ratesOrNull(d)));
        Browser.click(executive, "report:guarantees:rate");
        Browser.waitFor(executive).until(d -> descending.equals(ratesOrNull(d)));

        // the PDF export: a click saves the file, which holds the guarantees the table shows
        WebElement pdfButton = executive.findElement(By.id("report:export-pdf"));
        assertThat(pdfButton.getAttribute("aria-label")).isEqualTo("Download the guarantee report as PDF");
        pdfButton.click();
        Path pdf = Browser.awaitDownload(executive, ".pdf");
        assertThat(pdf.getFileName().toString()).startsWith("guarantee-report-service-");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Guarantee outcomes · " + DemoData.DEMO_SERVICE, DemoData.DEMO_CALL_GUARANTEE,
                    DemoData.DEMO_REFUND_GUARANTEE);
        }
    }

    @Test
    void aPeriodWithoutGuaranteesSaysSoWithoutExportsAndThePageReadsInKorean() {
        WebDriver viewer = browsers.signedIn(base, DemoUser.VIEWER);
        viewer.get(base + "report/guarantees.xhtml");
        Browser.waitFor(viewer).until(ExpectedConditions.presenceOfElementLocated(By.id("report:service")));
        String service = viewer.findElement(By.xpath("//select[@id='report:service_input']/option[normalize-space()='"
                + DemoData.DEMO_SERVICE + "']")).getAttribute("value");

        viewer.get(base + "report/guarantees.xhtml?service=" + service + "&from=2020-01-01&to=2020-03-31");
        Browser.waitFor(viewer).until(ExpectedConditions.visibilityOfElementLocated(By.id("report:no-guarantee")));
        assertThat(viewer.findElement(By.id("report:no-guarantee")).getText()).contains("No guarantee of "
                + DemoData.DEMO_SERVICE + " was in force from 2020-01-01 to 2020-03-31");
        assertThat(viewer.findElement(By.id("report:to-guarantees")).getAttribute("href")).contains("policy/guarantees.xhtml");
        assertThat(viewer.findElements(By.id("report:export-pdf"))).as("nothing to export").isEmpty();
        assertThat(viewer.findElement(By.id("report:preset_label")).getText()).isEqualTo("Custom");

        viewer.findElement(By.id("topbar:lang-ko")).click();
        Browser.waitFor(viewer).until(ExpectedConditions.textToBe(By.tagName("h1"), "보증 성과"));
        assertThat(viewer.findElement(By.cssSelector("#nav-guarantee-report .nav-text")).getText()).isEqualTo("보증 성과");
    }

    private static WebElement row(WebDriver browser, String code) {
        return browser.findElement(By.xpath("//*[@id='report:guarantees_data']/tr[td[1]//strong[normalize-space()='"
                + code + "']]"));
    }

    private static String cell(WebElement row, int column) {
        return row.findElement(By.cssSelector("td:nth-child(" + column + ")")).getText().strip();
    }

    private static double number(String text) {
        try {
            return NumberFormat.getNumberInstance(Locale.ENGLISH).parse(text).doubleValue();
        } catch (ParseException e) {
            throw new AssertionError("not a number: " + text, e);
        }
    }

    /** The rates, or null while the table is being replaced. */
    private static List<Double> ratesOrNull(WebDriver browser) {
        try {
            return rates(browser);
        } catch (AssertionError | org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        }
    }

    /** The breach rates of the table in row order, those without one ("–") left out. */
    private static List<Double> rates(WebDriver browser) {
        List<Double> rates = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#report\\:guarantees tbody tr"))) {
            String text = cell(row, RATE);
            if (!text.equals("–")) {
                rates.add(number(text.replace("%", "")));
            }
        }
        return rates;
    }
}
