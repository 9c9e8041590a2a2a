package io.blueprint.web.it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through its own chromedriver. Nothing is downloaded. Without
 * Chromium the browser tests fail on CI and are skipped, saying why, on a developer's machine.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        Path driver = Path.of("/usr/bin/chromedriver");
        if (chromium == null || !Files.isExecutable(driver)) {
            String why = "Browser tests need Chromium and its driver: apt-get install -y chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("blueprint-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=en-US",
                "--user-data-dir=" + profile);
        // downloads land in the profile's own folder, without asking, so that a test can read the file a click saved
        Path downloads = profile.resolve("downloads");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        // the console, so that a test can tell what the Content-Security-Policy blocked
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver raw = new ChromeDriver(service, options);
        raw.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        DOWNLOADS.put(raw, downloads);
        if (!Accessibility.everyPage()) {
            PROFILES.put(raw, profile);
            return raw;
        }
        Accessibility accessibility = new Accessibility(raw);
        WebDriver watched = new org.openqa.selenium.support.events.EventFiringDecorator<WebDriver>(accessibility).decorate(raw);
        WATCHES.put(watched, accessibility);
        DOWNLOADS.put(watched, downloads);
        PROFILES.put(watched, profile);
        return watched;
    }

    /** The profile directory of each browser {@link #start} opened, removed when it quits. */
    private static final Map<WebDriver, Path> PROFILES = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** The download folder of each browser {@link #start} opened. */
    private static final Map<WebDriver, Path> DOWNLOADS = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** Waits for the browser to finish saving a file whose name ends with {@code suffix} ("report.pdf"), and answers it. */
    public static Path awaitDownload(WebDriver driver, String suffix) {
        Path folder = DOWNLOADS.get(driver);
        if (folder == null) {
            throw new IllegalStateException("not a browser Browser.start opened");
        }
        return new org.openqa.selenium.support.ui.FluentWait<>(folder)
                .withTimeout(java.time.Duration.ofSeconds(30))
                .pollingEvery(java.time.Duration.ofMillis(200))
                .withMessage(() -> "no file *" + suffix + " saved in " + folder)
                .until(dir -> {
                    if (!Files.isDirectory(dir)) {
                        return null;
                    }
                    try (Stream<Path> files = Files.list(dir)) {
                        // Chromium writes into NAME.crdownload and renames it when the file is complete
                        return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The accessibility check of each browser {@link #start} opened. */
    private static final Map<WebDriver, Accessibility> WATCHES = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * Closes a browser {@link #start} opened, after checking the page it shows with axe-core; fails the test
     * if that page, or any page it visited, had a critical or serious violation (see {@link Accessibility}).
     */
    public static void quit(WebDriver driver) {
        Accessibility accessibility = WATCHES.remove(driver);
        DOWNLOADS.remove(driver);
        try {
            if (accessibility != null) {
                accessibility.finish();
            }
        } finally {
            driver.quit();
            removeProfile(PROFILES.remove(driver));
        }
    }

    /** Removes a browser's profile directory (some 5 MiB each) so that test runs do not fill the temporary folder. */
    private static void removeProfile(Path profile) {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a leftover profile in the temporary folder is harmless
        }
    }

    /** Signs in on the login page with the keyboard alone: type, then Enter. */
    public static void signIn(WebDriver driver, java.net.URL base, io.blueprint.web.startup.DemoData.DemoUser user) {
        signIn(driver, base, user.username, user.password());
    }

    /** The same for any account. */
    public static void signIn(WebDriver driver, java.net.URL base, String username, String password) {
        driver.get(base + "login.xhtml");
        waitFor(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("login:username")));
        driver.findElement(org.openqa.selenium.By.id("login:username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("login:password"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
        waitFor(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.id("signed-in")));
    }

    /** Types into the field {@code id} once it can be typed into, replacing what it held. */
    public static void type(WebDriver driver, String id, String text) {
        org.openqa.selenium.WebElement field = waitFor(driver).until(
                org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks {@code id} once it can be clicked, and waits for the Ajax request it starts. An element the page
     * drew again between finding and clicking it is found again (a click refused as stale never happened).
     */
    public static void click(WebDriver driver, String id) {
        org.openqa.selenium.By target = org.openqa.selenium.By.id(id);
        waitFor(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            org.openqa.selenium.WebElement element =
                    org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(target).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
        awaitAjax(driver);
    }

    /** Waits until PrimeFaces has no Ajax request in flight. */
    public static void awaitAjax(WebDriver driver) {
        waitFor(driver).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && " + AJAX_IDLE + ";")));
    }

    /** A script's condition: no PrimeFaces or jQuery request is out. */
    static final String AJAX_IDLE = "(typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (typeof jQuery === 'undefined' || jQuery.active === 0)";

    /** Picks an option of a PrimeFaces select menu by its label, as a person would: open it, click the item. */
    public static void choose(WebDriver driver, String menuId, String label) {
        org.openqa.selenium.By shown = org.openqa.selenium.By.id(menuId + "_label");
        org.openqa.selenium.By item = org.openqa.selenium.By.cssSelector(
                "[id='" + menuId + "_items'] li[data-label='" + label + "']");
        waitFor(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                org.openqa.selenium.By.id(menuId))).click();
        waitFor(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(item));
        try {
            // a long list scrolls inside its panel: bring the item into the panel's view before the pointer goes there
            org.openqa.selenium.WebElement option = driver.findElement(item);
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'nearest'})", option);
            option.click();
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.textToBe(shown, label));
        } catch (org.openqa.selenium.WebDriverException missed) {
            // on a busy machine the click may have worked and its Ajax update be slower than the wait above:
            // that update renders the menu anew, with a widget whose items are not read yet
            awaitAjax(driver);
            if (label.equals(driver.findElement(shown).getText())) {
                return;
            }
            // the panel slides open and a pointer click can land beside the item while it moves; the
            // component's own API selects the same option (selectValue reads the items first where the
            // widget has not yet) and fires the same change (selectValue alone is silent: triggerChange
            // sends the change event and its Ajax behaviour)
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                    var id = arguments[0], label = arguments[1];
                    var select = document.getElementById(id + '_input');
                    var option = Array.from(select.options).find(o => o.text === label);
                    var widget = Object.values(PrimeFaces.widgets).find(w => w && w.id === id);
                    widget.selectValue(option.value);
                    widget.triggerChange();
                    widget.hide();""", menuId, label);
            waitFor(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(shown, label));
        }
    }

    /** What the browser's console said about the Content-Security-Policy since the last call: what it blocked. */
    public static java.util.List<String> policyViolations(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /** The two windows the acceptance of the screens names: a small laptop's and a common desktop's. */
    public static final java.util.List<org.openqa.selenium.Dimension> WINDOWS = java.util.List.of(
            new org.openqa.selenium.Dimension(1024, 700), new org.openqa.selenium.Dimension(1440, 900));

    /** Makes the page's viewport this size: the window is made larger by what its frame takes. */
    public static void resize(WebDriver browser, org.openqa.selenium.Dimension viewport) {
        browser.manage().window().setSize(viewport);
        int frameWidth = viewport.getWidth() - inner(browser, "innerWidth");
        int frameHeight = viewport.getHeight() - inner(browser, "innerHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(viewport.getWidth() + frameWidth,
                viewport.getHeight() + frameHeight));
        waitFor(browser).until(d -> inner(d, "innerHeight") == viewport.getHeight() && inner(d, "innerWidth") == viewport.getWidth());
    }

    private static int inner(WebDriver browser, String dimension) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window." + dimension + ";")).intValue();
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Checks what the browser shows now (an open dialog, say) with axe-core, in its current language. */
    public static void checkAccessibility(WebDriver driver) {
        Accessibility.check(driver);
    }

    /** Saves what the browser shows when a test ends, to target/browser-shots/, for finding out why it failed. */
    public static void lastLook(WebDriver driver, String name) {
        try {
            Path target = Path.of("target", "browser-shots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No last look at " + name + ": " + e);
        }
    }

    /** Saves what the browser shows as docs/screenshots/{name}.png, for the README, when the build asks for it (-Pscreenshots). */
    public static void screenshot(WebDriver driver, String name) {
        String dir = System.getProperty("blueprint.screenshots");
        if (dir == null || dir.isBlank() || dir.startsWith("${")) {
            return;
        }
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
