package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
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
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports → Effort in a real browser on the demo's measurements: the page opens on the demo journey with
 * its table, the CES chart and its text, hotspots, the weekly trend, before/after and KPIs; sorting by the
 * gap to target orders the rows; the PDF export holds every touchpoint code of the table; a viewer may read it; no
 * export of a report that has nothing; no serious accessibility violation.
 */
class ReportBrowserIT extends BrowserTests {

    /** The gap column among the touchpoint table's columns (touchpoint, stage, responses, CES, target, gap). */
    private static final int GAP_COLUMN = 6;

    @Test
    void anExecutiveOpensTheDemoJourneysEffortReportSeesTheTableAndChartAndSortsByGap() throws ParseException, IOException {
        WebDriver executive = browsers.signedIn(base, DemoUser.EXECUTIVE);
        executive.findElement(By.id("nav-effort-report")).click();
        Browser.waitFor(executive).until(ExpectedConditions.visibilityOfElementLocated(By.id("report:journey")));
        // other tests' journeys may have more measurements than the demo's: open the demo's by its id
        executive.get(base + "report/effort.xhtml?journey=" + demoJourney(executive));
        Browser.waitFor(executive).until(ExpectedConditions.visibilityOfElementLocated(By.id("report:touchpoints")));
        assertThat(executive.findElement(By.id("nav-effort-report")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(executive.findElement(By.id("report:journey_label")).getText()).contains(DemoData.DEMO_JOURNEY);
        assertThat(executive.findElement(By.id("report:touchpoints")).getText()).contains("RET-CALL-01", "RET-WEB-01");
        // the chart is drawn, and says in text what it shows
        Browser.waitFor(executive).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report\\:ces-chart canvas")));
        assertThat(executive.findElement(By.id("ces-chart-text")).getText()).contains("Below target", "RET-CALL-01");
        assertThat(executive.findElement(By.id("report:hotspots")).getText()).contains("RET-CALL-01");
        assertThat(executive.findElement(By.id("report:weeks")).findElements(By.cssSelector("tbody tr")).size()).isGreaterThanOrEqualTo(4);
        assertThat(executive.findElement(By.id("report:comparison")).getText()).contains("Journey");
        assertThat(executive.findElement(By.id("report:kpis")).findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        Browser.screenshot(executive, "report-effort");
        Browser.checkAccessibility(executive);

        // sorted by the gap: one click on its header sorts smallest first, a second largest first
        List<Double> before = gaps(executive);
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        List<Double> ascending = new ArrayList<>(before);
        ascending.sort(java.util.Comparator.naturalOrder());
        List<Double> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        executive.findElement(By.id("report:touchpoints:gap")).click();
        Browser.waitFor(executive).until(d -> ascending.equals(gapsOrNull(d)));
        executive.findElement(By.id("report:touchpoints:gap")).click();
        Browser.waitFor(executive).until(d -> descending.equals(gapsOrNull(d)));

        // the PDF export: a click saves the file, which holds every touchpoint code the table shows
        List<String> codes = executive.findElements(By.cssSelector("#report\\:touchpoints tbody tr td:first-child strong"))
                .stream().map(WebElement::getText).toList();
        assertThat(codes).contains("RET-CALL-01", "RET-WEB-01");
        WebElement pdfButton = executive.findElement(By.id("report:export-pdf"));
        assertThat(pdfButton.getAttribute("aria-label")).isEqualTo("Download the effort report as PDF");
        assertThat(executive.findElement(By.id("report:export-xlsx")).getAttribute("aria-label")).isEqualTo("Download the effort report as Excel");
        pdfButton.click();
        Path pdf = Browser.awaitDownload(executive, ".pdf");
        assertThat(pdf.getFileName().toString()).startsWith("effort-report-RET-");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Effort report · " + DemoData.DEMO_JOURNEY);
            assertThat(codes).allSatisfy(code -> assertThat(text).contains(code));
        }
    }

    @Test
    void aViewerReadsTheReportChoosesAPresetAndAnUnknownJourneyIsSaidSo() {
        WebDriver viewer = browsers.signedIn(base, DemoUser.VIEWER);
        viewer.get(base + "report/effort.xhtml?journey=987654321");
        Browser.waitFor(viewer).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(viewer.findElement(By.tagName("h1")).getText()).isEqualTo("Effort report");
        assertThat(viewer.findElement(By.id("messages")).getText()).contains("There is no journey with id 987654321.");
        assertThat(viewer.findElements(By.id("report:export-pdf"))).as("nothing to export").isEmpty();
        viewer.get(base + "report/effort.xhtml?journey=" + demoJourney(viewer));
        assertThat(viewer.findElement(By.id("nav-effort-report")).isDisplayed()).isTrue();
        Browser.waitFor(viewer).until(ExpectedConditions.visibilityOfElementLocated(By.id("report:touchpoints")));
        String thirtyDays = viewer.findElement(By.id("report:from_input")).getAttribute("value");
        Browser.choose(viewer, "report:preset", "Last 7 days");
        Browser.awaitAjax(viewer);
        Browser.waitFor(viewer).until(d -> !thirtyDays.equals(d.findElement(By.id("report:from_input")).getAttribute("value")));
        assertThat(java.time.LocalDate.parse(viewer.findElement(By.id("report:to_input")).getAttribute("value"))
                .minusDays(6).toString()).isEqualTo(viewer.findElement(By.id("report:from_input")).getAttribute("value"));
        assertThat(viewer.findElement(By.id("report:touchpoints")).getText()).contains("RET-CALL-01");
    }

    /** The demo journey's id, from its option in the report's journey picker. */
    private static String demoJourney(WebDriver browser) {
        return browser.findElement(By.xpath("//select[@id='report:journey_input']/option[starts-with(normalize-space(), '"
                + DemoData.DEMO_JOURNEY + " · ')]")).getAttribute("value");
    }

    /** The gaps, or null while the table is being replaced. */
    private static List<Double> gapsOrNull(WebDriver browser) {
        try {
            return gaps(browser);
        } catch (ParseException | org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        }
    }

    /** The gap cells of the touchpoint table in row order, those without a gap left out. */
    private static List<Double> gaps(WebDriver browser) throws ParseException {
        List<Double> gaps = new ArrayList<>();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        for (WebElement row : browser.findElements(By.cssSelector("#report\\:touchpoints tbody tr"))) {
            String text = row.findElement(By.cssSelector("td:nth-child(" + GAP_COLUMN + ")")).getText().strip();
            if (!text.equals("–")) {
                gaps.add(format.parse(text.replace('−', '-')).doubleValue());
            }
        }
        return gaps;
    }
}
