package io.blueprint.web.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.events.WebDriverListener;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * axe-core on every page a browser test visits, in both languages: each page a test reaches (by
 * {@code get} or by a click or key that navigates) is checked as it is shown, then once more in the other
 * language in a second tab, so that the test's own page keeps its state. A critical or serious violation
 * fails the test at the call that reached the page. A page (a view with the names of its parameters) is
 * checked once per signed-in user and language in a test run; {@link #check} checks what is shown now (an open dialog), every time.
 */
public final class Accessibility implements WebDriverListener {

    /** What fails a test: axe's two highest impacts. */
    private static final Set<String> FAILING = Set.of("critical", "serious");
    private static final String LANGUAGE_COOKIE = "bp-lang";
    /** Pages whose address is used up by reading it (a sign-in callback) are not loaded a second time. */
    private static final List<String> READ_ONCE = List.of("/sso/");
    /** Pages already checked in this JVM, by address, language and who was signed in. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private final WebDriver raw;
    /** What failed, kept as well as thrown: a test's wait or fallback may catch the exception and go on. */
    private final List<String> found = new java.util.ArrayList<>();
    private String lastSeen = "";
    private boolean checking;

    Accessibility(WebDriver raw) {
        this.raw = raw;
    }

    /**
     * Whether every page a browser test reaches is checked: on the embedded database's run, which CI makes first.
     * The pages' markup does not depend on the database, so the PostgreSQL run (BLUEPRINT_DB_KIND=postgresql)
     * leaves the per-page checks out to keep CI within its time; {@code -Dblueprint.axe=every-page} puts them back.
     * The explicit checks a test asks for ({@link Browser#checkAccessibility}) run on every database.
     */
    static boolean everyPage() {
        return "every-page".equals(System.getProperty("blueprint.axe"))
                || !"postgresql".equalsIgnoreCase(System.getenv().getOrDefault("BLUEPRINT_DB_KIND", "h2"));
    }

    /** Checks the page as it is shown now, in its current language; fails on a critical or serious violation. */
    static void check(WebDriver driver) {
        String problems = violations(driver);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems);
        }
    }

    /** For the end of a test: the page as it is left (a dialog may be open), and what failed on the way. */
    void finish() {
        System.out.println("axe-core: " + CHECKED.size() + " page views checked so far (each page in both languages)");
        if (found.isEmpty() && isLoadedPage()) {
            String problems = violations(raw);
            if (!problems.isEmpty()) {
                found.add(problems);
            }
        }
        if (!found.isEmpty()) {
            throw new AssertionError(String.join("\n", found));
        }
    }

    @Override
    public boolean throwsExceptions() {
        return true;
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
        visited();
    }

    @Override
    public void afterClick(WebElement element) {
        visited();
    }

    @Override
    public void afterSendKeys(WebElement element, CharSequence... keys) {
        visited();
    }

    /** A click may navigate after it returns: the next look for an element notices the new page. */
    @Override
    public void beforeAnyWebDriverCall(WebDriver driver, Method method, Object[] args) {
        if (method.getName().startsWith("findElement") || "getCurrentUrl".equals(method.getName())) {
            visited();
        }
    }

    private void visited() {
        if (checking) {
            return;
        }
        checking = true;
        try {
            String url = address();
            if (url.equals(lastSeen) || !isLoadedPage()) {
                return;
            }
            lastSeen = url;
            String who = String.valueOf(script("var s = document.getElementById('signed-in'); return s ? s.textContent.trim() : '';"));
            String language = String.valueOf(script("return document.documentElement.lang;"));
            String problems = "";
            if (CHECKED.add(key(url, language, who))) {
                problems = violationsOfSettledPage();
            }
            String other = "ko".equals(language) ? "en" : "ko";
            if (problems.isEmpty() && READ_ONCE.stream().noneMatch(url::contains) && CHECKED.add(key(url, other, who))) {
                problems = inOtherLanguage(url, other);
            }
            if (!problems.isEmpty()) {
                found.add(problems);
                throw new AssertionError(problems);
            }
        } finally {
            checking = false;
        }
    }

    /**
     * The check of the page shown; when a navigation that a click started late replaces the document while
     * axe-core reads it (Chrome: "Node with given id does not belong to the document"), the page that
     * replaced it is checked once it has loaded.
     */
    private String violationsOfSettledPage() {
        try {
            return violations(raw);
        } catch (RuntimeException replaced) {
            new org.openqa.selenium.support.ui.WebDriverWait(raw, java.time.Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> isLoadedPage());
            return violations(raw);
        }
    }

    /**
     * A page is its view and the names of its parameters, not their values: the editor of one journey is the
     * same page as the editor of another, and is checked once per user and language (the page a test ends
     * on is checked whatever it shows).
     */
    private static String key(String url, String language, String who) {
        URI address = URI.create(url);
        String parameters = address.getQuery() == null ? "" : java.util.Arrays.stream(address.getQuery().split("&"))
                .map(pair -> pair.split("=", 2)[0]).sorted().distinct().collect(Collectors.joining("&"));
        return address.getPath() + "?" + parameters + " " + language + " " + who;
    }

    /** The same address in a second tab, with the language cookie set to {@code language}, then put back. */
    private String inOtherLanguage(String url, String language) {
        Cookie before = raw.manage().getCookieNamed(LANGUAGE_COOKIE);
        String path = before != null ? before.getPath() : contextPath(url);
        String mine = raw.getWindowHandle();
        try {
            raw.manage().addCookie(new Cookie.Builder(LANGUAGE_COOKIE, language).path(path).isHttpOnly(true).build());
            raw.switchTo().newWindow(WindowType.TAB);
            raw.get(url);
            return isLoadedPage() ? violations(raw) : "";
        } finally {
            if (!raw.getWindowHandle().equals(mine)) {
                raw.close();
            }
            raw.switchTo().window(mine);
            raw.manage().deleteCookieNamed(LANGUAGE_COOKIE);
            if (before != null) {
                raw.manage().addCookie(before);
            }
        }
    }

    private static String contextPath(String url) {
        String path = URI.create(url).getPath();
        int second = path.indexOf('/', 1);
        return second < 0 ? "/" : path.substring(0, second);
    }

    private String address() {
        String url = raw.getCurrentUrl();
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * An HTML page of this application (it has Blueprint's style sheet: not the test identity provider's
     * sign-in page, not a download, not about:blank) that has finished loading.
     */
    private boolean isLoadedPage() {
        return address().startsWith("http") && Boolean.TRUE.equals(script(
                "return document.readyState === 'complete' && document.contentType === 'text/html'"
                        + " && !!document.querySelector('link[href*=\"blueprint/blueprint.css\"]')"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) raw).executeScript(script);
    }

    /** Colours measured halfway through a fade or a transition are neither the old nor the new ones. */
    /**
     * Nothing moves and nothing is on its way: no animation runs and no Ajax request is out (PrimeFaces disables
     * the button that sent one, faded to 60 %, until it is done).
     */
    private static final String STILL = "return document.getAnimations().every(a => a.playState !== 'running'"
            + " || a.effect?.getComputedTiming().iterations === Infinity)"
            + " && (typeof jQuery === 'undefined' || jQuery(':animated').length === 0)"
            + " && " + Browser.AJAX_IDLE + ";";

    /**
     * Whether the element a selector names is part of a disabled control. WCAG 1.4.3 exempts the text of an
     * inactive control from the contrast minimum; axe-core exempts the control itself but not always the text
     * inside it (PrimeFaces' label span of a button that is disabled while its request runs).
     */
    private static final String IN_DISABLED_CONTROL = "var e = document.querySelector(arguments[0]);"
            + " return !!(e && e.closest('[disabled], [aria-disabled=\\'true\\'], .ui-state-disabled'));";

    private static String violations(WebDriver driver) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(3))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(STILL)));
        } catch (org.openqa.selenium.TimeoutException stillMoving) {
            // something keeps moving: check it as it is
        }
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> failing = results.getViolations().stream().filter(rule -> FAILING.contains(rule.getImpact()))
                .filter(rule -> !"color-contrast".equals(rule.getId()) || rule.getNodes().stream()
                        .anyMatch(node -> !inDisabledControl(driver, node)))
                .toList();
        if (failing.isEmpty()) {
            return "";
        }
        String language = String.valueOf(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang;"));
        return failing.stream().map(rule -> "  " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().limit(5).map(Accessibility::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n",
                        "axe-core found " + failing.size() + " critical or serious violation(s) on " + results.getUrl()
                                + " (lang=" + language + "):\n", ""));
    }

    private static boolean inDisabledControl(WebDriver driver, CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> path && path.size() == 1) {
            target = path.get(0);
        }
        return target instanceof String selector
                && Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(IN_DISABLED_CONTROL, selector));
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return "      " + node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                + "\n        " + String.valueOf(node.getFailureSummary()).replace("\n", "\n        ");
    }
}
