package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops import page in a real browser: an ops user drops a Qualtrics export, sees its layout
 * detected, maps the CES question, fixes the touchpoint and the scale, confirms, watches the progress
 * bar reach its end, finds the import at the top of the history and downloads its error report; a
 * viewer cannot open the page.
 */
class ImportBrowserIT extends BrowserTests {

    private static final String FIXTURE = "qualtrics-qualtRics/qualtrics_3header_sample.csv";
    /** Where the CES answer sits among the survey fields' drop-downs (response_id, touchpoint_code, answered_at, channel, ces). */
    private static final int CES_FIELD = 4;

    @Test
    void opsDropAQualtricsExportMapItConfirmWatchItRunAndDownloadItsErrorReport() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String serviceName = "Survey imports " + unique;
        String touchpoint = "SRV-WEB-" + unique;
        new PublishedGuarantees(new ApiClient(base).from("198.51.100.71")).service(serviceName, touchpoint);
        String source = "qualtrics-" + unique.toLowerCase(Locale.ROOT);

        WebDriver ops = browsers.signedIn(base, DemoUser.OPS);
        ops.get(base + "measurement/imports.xhtml");
        Browser.waitFor(ops).until(ExpectedConditions.visibilityOfElementLocated(By.id("imports:service")));
        assertThat(ops.findElement(By.id("nav-imports")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(ops.findElement(By.id("upload:no-file")).getText()).contains("No file dropped yet");
        assertThat(ops.findElement(By.id("file-limit")).getText()).contains("at most 512 MiB");

        Browser.choose(ops, "imports:service", serviceName);
        Browser.awaitAjax(ops);
        Browser.choose(ops, "imports:kind", "Survey responses");
        Browser.awaitAjax(ops);
        ops.findElement(By.id("imports:source_input")).sendKeys(source, Keys.TAB);
        Browser.awaitAjax(ops);

        ops.findElement(By.id("upload:file_input")).sendKeys(exportWithARejectedAnswer().toString());
        Browser.waitFor(ops).until(ExpectedConditions.textToBe(By.id("fact-layout"), "Qualtrics (three header rows)"));
        assertThat(ops.findElement(By.id("fact-encoding")).getText()).isEqualTo("UTF-8");
        assertThat(ops.findElement(By.id("fact-separator")).getText()).isEqualTo("Comma");
        assertThat(ops.findElement(By.id("fact-header-rows")).getText()).isEqualTo("3");
        assertThat(ops.findElement(By.id("preview:missing")).getText()).contains("CES answer", "Touchpoint code");
        assertThat(ops.findElement(By.id("preview:confirm")).isEnabled()).isFalse();

        // the mapping: the CES question, the touchpoint of every row, its scale; the preview follows each change
        Browser.choose(ops, "preview:fields:" + CES_FIELD + ":column", "Q1 · This is a multiple choice question.");
        Browser.awaitAjax(ops);
        Browser.choose(ops, "preview:fixed-touchpoint", touchpoint);
        Browser.awaitAjax(ops);
        Browser.choose(ops, "preview:ces-scale", "CES 2.0: 1–7, higher is easier");
        Browser.awaitAjax(ops);
        Browser.waitFor(ops).until(ExpectedConditions.invisibilityOfElementLocated(By.id("preview:missing")));
        String rows = Browser.waitFor(ops).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(By.id("preview:rows")).getText();
                    return text.contains("outside its scale") ? text : null;
                });
        assertThat(rows).contains("R_2YPOQ602ER1jkf1", touchpoint, "CES 2 (CES2)",
                "Rejected: Q1 \"9\": The answer is outside its scale of 1 to 7.");
        assertThat(ops.findElement(By.id("preview:save-mapping_input")).isSelected()).as("saved by default").isTrue();
        Browser.screenshot(ops, "imports-preview");

        Browser.click(ops, "preview:confirm");
        Browser.waitFor(ops).until(ExpectedConditions.visibilityOfElementLocated(By.id("progress:summary")));
        assertThat(ops.findElement(By.id("progress:bar")).getText()).contains("100%");
        assertThat(ops.findElement(By.id("progress-text")).getText()).contains("2 of 2 rows", "rows/s", "Completed");
        assertThat(ops.findElement(By.id("count-read")).getText()).isEqualTo("2");
        assertThat(ops.findElement(By.id("count-stored")).getText()).isEqualTo("1");
        assertThat(ops.findElement(By.id("count-rejected")).getText()).isEqualTo("1");
        assertThat(ops.findElements(By.id("upload:no-file"))).as("the page is ready for the next file").hasSize(1);

        // newest first: this import heads the history, with a link to its error report
        String first = Browser.waitFor(ops).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("[id='history:imports-table_data'] tr:first-child")).getText());
        assertThat(first).contains("ops", source, "qualtrics_3header_sample.csv", "Survey responses · Partial", "Completed");
        String report = ops.findElement(By.id("history:imports-table:0:report")).getAttribute("href");
        Browser.screenshot(ops, "imports");

        // the download goes through the page's own link with the browser's session, in the reader's language
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) ops).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.text().then(t => done({status: r.status, type: r.headers.get('Content-Type'), body: t})))
                    .catch(e => done({status: -1, body: String(e)}));""", report);
        assertThat(((Number) download.get("status")).intValue()).as(String.valueOf(download.get("body"))).isEqualTo(200);
        assertThat((String) download.get("type")).startsWith("text/csv");
        List<String> lines = ((String) download.get("body")).replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"Line\",\"Column\",\"Value\",\"Reason\"");
        assertThat(lines).contains("\"5\",\"Q1\",\"9\",\"The answer is outside its scale of 1 to 7.\"");

        ops.findElement(By.id("topbar:lang-ko")).click();
        Browser.waitFor(ops).until(ExpectedConditions.textToBe(By.tagName("h1"), "측정 데이터 가져오기"));
        assertThat(ops.findElement(By.cssSelector("[id='history:imports-table_data'] tr:first-child")).getText())
                .contains(source, "설문 응답", "완료");
        Browser.screenshot(ops, "imports-ko");
    }

    @Test
    void viewersGetTheForbiddenPageAndNoMenuLink() {
        WebDriver viewer = browsers.signedIn(base, DemoUser.VIEWER);
        assertThat(viewer.findElements(By.id("nav-imports"))).isEmpty();
        viewer.get(base + "measurement/imports.xhtml");
        Browser.waitFor(viewer).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(viewer.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(viewer.findElements(By.id("upload:file_input"))).isEmpty();
    }

    /**
     * The Qualtrics export of the fixtures with a second response appended whose answer (9) lies outside
     * the scale, so that the import has a rejected row and its error report a line; same file name.
     */
    private static Path exportWithARejectedAnswer() throws IOException {
        String export = Files.readString(fixtures().resolve(FIXTURE), StandardCharsets.UTF_8);
        String response = export.lines().reduce((a, b) -> b).orElseThrow();
        assertThat(response).contains("R_2YPOQ602ER1jkf1", ",DE,2,Hello World!,");
        String outOfScale = response.replace("R_2YPOQ602ER1jkf1", "R_outOfScale9").replace(",DE,2,", ",DE,9,");
        Path file = Files.createTempDirectory("blueprint-import-it").resolve("qualtrics_3header_sample.csv");
        Files.writeString(file, export + (export.endsWith("\n") ? "" : "\n") + outOfScale + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static Path fixtures() {
        String dir = System.getProperty("blueprint.fixtures");
        return dir == null || dir.isBlank() || dir.startsWith("${")
                ? Path.of(System.getProperty("user.dir"), "..", "..", "shared", "fixtures") : Path.of(dir);
    }
}
