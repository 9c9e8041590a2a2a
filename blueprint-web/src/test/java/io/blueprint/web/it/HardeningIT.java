package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser hardening (OWASP ASVS 4.0 L2, issue 8) over real HTTP: security headers on every kind of
 * answer, errors that say nothing about the server, no session for anonymous pages, cross-site posts
 * to pages refused, and a SameSite session cookie.
 */
@org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable(named = "BLUEPRINT_DB_KIND", matches = "postgresql",
        disabledReason = "headers, error pages and cookies do not depend on the database: checked on the H2 run")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    /** What an answer must never show: stack traces, exception class names, server products and versions. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\sat [a-z]+\\.[a-z]+\\.|(?i:wildfly|undertow|mojarra|jboss|weld|hibernate)|[?&](amp;)?v=\\d");
    private static final Pattern REFERENCE = Pattern.compile("id=\"error-reference\">([A-Z2-9]{8})<");
    private static final Pattern DROPPABLE = Pattern.compile("\"Droppable\",\"[^\"]+\",\\{id:\"([^\"]+)\"");

    /** Blueprint as it ships, plus one page whose button fails on purpose (see {@link DeliberateFailure}). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint().addClass(DeliberateFailure.class)
                .addAsWebResource(new StringAsset(DeliberateFailure.PAGE), DeliberateFailure.PATH);
    }

    @ArquillianResource
    URL base;

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private Http signedIn(DemoUser user) {
        Http browser = new Http();
        HttpResponse<String> signIn = browser.signIn(at("/login.xhtml"), user.username, user.password(), "");
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        return browser;
    }

    private static void assertSaysNothingAboutTheServer(HttpResponse<String> answer) {
        assertThat(answer.body()).as("body of " + answer.uri()).doesNotContainPattern(LEAK);
        answer.headers().map().forEach((name, values) -> assertThat(String.join(",", values))
                .as("header " + name + " of " + answer.uri()).doesNotContainPattern(LEAK));
        assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(answer.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void viewParametersThatAreNoNumberAreNotFoundPagesThatSayNothingAboutTheServer() {
        Http designer = signedIn(DemoUser.DESIGNER);
        for (String path : List.of("/journey/editor.xhtml?journey=abc", "/policy/guarantee.xhtml?id=abc",
                "/policy/compare.xhtml?from=abc&to=1", "/journey/editor.xhtml?journey=99999999")) {
            HttpResponse<String> page = designer.get(at(path), "Accept-Language", "en");

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Page not found");
            assertSaysNothingAboutTheServer(page);
        }
    }

    @Test
    void anErrorShowsAReferenceThatTheServerLogHasBesideTheStackTrace() throws IOException {
        Http designer = signedIn(DemoUser.DESIGNER);
        Map<String, String> press = failingPress(designer);

        HttpResponse<String> failed = designer.postForm(at("/" + DeliberateFailure.PATH), press, "Accept-Language", "en");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("Something went wrong");
        assertSaysNothingAboutTheServer(failed);
        Matcher reference = REFERENCE.matcher(failed.body());
        assertThat(reference.find()).as(failed.body()).isTrue();
        assertThat(serverLogAfter("Reference " + reference.group(1) + ":"))
                .contains("IllegalStateException", "deliberateFailure.fail", "\tat ");
    }

    @Test
    void anAjaxErrorSendsTheBrowserToTheFriendlyPageWithItsReferenceInsteadOfTheExceptionClass() throws IOException {
        Http designer = signedIn(DemoUser.DESIGNER);
        Map<String, String> press = failingPress(designer);
        press.put("jakarta.faces.source", "broken:fail");
        press.put("jakarta.faces.partial.execute", "broken:fail");
        press.put("jakarta.faces.partial.render", "broken");
        press.put("jakarta.faces.partial.ajax", "true");

        HttpResponse<String> failed = designer.postForm(at("/" + DeliberateFailure.PATH), press,
                "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest", "Accept-Language", "en");

        assertThat(failed.statusCode()).isEqualTo(200);
        assertSaysNothingAboutTheServer(failed);
        assertThat(failed.body()).contains("<partial-response", "<redirect url=\"").doesNotContain("<error-name>");
        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(failed.body());
        assertThat(redirect.find()).isTrue();
        HttpResponse<String> page = designer.get(at(redirect.group(1).replace("&amp;", "&")), "Accept-Language", "ko");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("문제가 발생했습니다");
        Matcher reference = REFERENCE.matcher(page.body());
        assertThat(reference.find()).as(page.body()).isTrue();
        assertThat(serverLogAfter("Reference " + reference.group(1) + ":"))
                .contains("IllegalStateException", "\tat ");
        HttpResponse<String> madeUp = designer.get(at("/error/error.xhtml?reference=%3Cb%3Eyou+were+hacked"));
        assertThat(madeUp.body()).as("only a reference can be named in the address")
                .contains("Something went wrong").doesNotContain("hacked", "error-reference");
    }

    @Test
    void aForgedDropOfACardThatIsNotThereIsRefusedNotAnError() {
        Http designer = signedIn(DemoUser.DESIGNER);
        Map<String, String> drop = forgedDrop(designer);
        drop.put("jakarta.faces.partial.ajax", "true");

        HttpResponse<String> refused = designer.postForm(at("/journey/editor.xhtml"), drop,
                "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest", "Accept-Language", "en");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("<partial-response", "no longer on this page")
                .doesNotContain("<redirect url=\"", "<error-name>");
        assertSaysNothingAboutTheServer(refused);
    }

    /** The page that fails on purpose, and a press of its button, as a browser would post it. */
    private Map<String, String> failingPress(Http designer) {
        HttpResponse<String> page = designer.get(at("/" + DeliberateFailure.PATH));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>(Http.formState(page));
        fields.put("broken", "broken");
        fields.put("broken:fail", "Fail");
        return fields;
    }

    /** The demo blueprint's editor, and a drop of a card that does not exist onto its first cell, as a browser would post it. */
    private Map<String, String> forgedDrop(Http designer) {
        HttpResponse<String> editor = designer.get(at("/journey/editor.xhtml?journey=" + demoJourneyId()));
        assertThat(editor.statusCode()).isEqualTo(200);
        Matcher droppable = DROPPABLE.matcher(editor.body());
        assertThat(droppable.find()).as("a droppable cell in the editor").isTrue();
        String source = droppable.group(1);
        Map<String, String> fields = new LinkedHashMap<>(Http.formState(editor));
        fields.put("editor", "editor");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", "editor");
        fields.put("jakarta.faces.behavior.event", "drop");
        fields.put("jakarta.faces.partial.event", "drop");
        fields.put(source + "_dragId", "editor:rows:0:cells:0:cards:999:card");
        fields.put(source + "_dropId", "editor:rows:0:cells:0:cell");
        return fields;
    }

    private long demoJourneyId() {
        HttpResponse<String> services = new Http().get(at("/api/v1/services"),
                "Authorization", Http.basic(DemoUser.VIEWER.username, DemoUser.VIEWER.password()));
        return Http.json(services).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(DemoData.DEMO_SERVICE))
                .flatMap(s -> s.getJsonArray("journeys").getValuesAs(JsonObject.class).stream())
                .filter(j -> j.getString("name").equals(DemoData.DEMO_JOURNEY))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The server log from the line that contains {@code marker} on: the record and the start of its stack trace. */
    private static String serverLogAfter(String marker) throws IOException {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        assertThat(at).as("'" + marker + "' in " + log).isNotNegative();
        return text.substring(at, Math.min(text.length(), at + 4000));
    }

    @Test
    void pagesGetAContentSecurityPolicyWithANonceAndNoEval() {
        HttpResponse<String> login = new Http().get(at("/login.xhtml"));

        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(login.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "script-src 'self' 'nonce-" + Http.nonce(login) + "'")
                .doesNotContain("unsafe-eval");
        assertThat(policy.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline");
        assertBrowserHeaders(login);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("only over TLS").isEmpty();
    }

    @Test
    void thePagesRunUnderTheirPolicyInABrowser() {
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "charter.xhtml");
            Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("topbar:lang-ko"))).click();
            // the page is replaced: its old html element goes stale on the way
            Browser.waitFor(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
            Browser.signIn(browser, base, DemoUser.ADMIN);
            for (String page : List.of("index.xhtml", "journey/services.xhtml", "journey/journeys.xhtml",
                    "journey/editor.xhtml?journey=" + demoJourneyId(), "policy/guarantees.xhtml",
                    "policy/guarantee.xhtml?code=CARE-CALL-2MIN", "policy/export.xhtml", "report/overview.xhtml", "journey/editor.xhtml?journey=abc")) {
                browser.get(base + page);
                Browser.awaitAjax(browser);
            }
            browser.get(base + "journey/services.xhtml");
            Browser.click(browser, "list:new-service");
            Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("serviceDialogForm:name")));
            Browser.awaitAjax(browser);

            assertThat(Browser.policyViolations(browser)).isEmpty();
        } finally {
            Browser.lastLook(browser, "thePagesRunUnderTheirPolicyInABrowser");
            Browser.quit(browser);
        }
    }

    @Test
    void staticFilesApiAnswersAndErrorsGetTheHeadersToo() {
        Http anonymous = new Http();
        for (String path : List.of("/jakarta.faces.resource/blueprint/blueprint.css.xhtml",
                "/resources/blueprint/blueprint.css", "/resources/no-such-file.css")) {
            HttpResponse<String> file = anonymous.get(at(path));
            assertThat(file.statusCode()).as(path).isIn(200, 404);
            assertBrowserHeaders(file);
            assertThat(file.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'none'");
            assertSaysNothingAboutTheServer(file);
        }
        HttpResponse<String> charter = anonymous.get(at("/api/v1/charter"));
        HttpResponse<String> unauthorized = anonymous.get(at("/api/v1/services"));
        HttpResponse<String> missing = anonymous.get(at("/api/v1/services/999999"),
                "Authorization", Http.basic(DemoUser.VIEWER.username, DemoUser.VIEWER.password()));
        assertThat(charter.statusCode()).isEqualTo(200);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(404);
        for (HttpResponse<String> api : List.of(charter, unauthorized, missing)) {
            assertThat(api.headers().allValues("Content-Security-Policy")).as(api.uri() + " " + api.statusCode())
                    .containsExactly("default-src 'none'; frame-ancestors 'none'");
            assertBrowserHeaders(api);
            assertSaysNothingAboutTheServer(api);
        }
    }

    private static void assertBrowserHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri() + " nosniff").hasValue("nosniff");
        assertThat(answer.headers().firstValue("Referrer-Policy")).as(answer.uri() + " referrer").hasValue("same-origin");
    }

    @Test
    void theLoginPageAndTheCharterCreateNoSessionNotEvenWhenSwitchingLanguage() {
        Http visitor = new Http();
        for (String path : List.of("/login.xhtml", "/login.xhtml?next=%2Findex.xhtml", "/charter.xhtml")) {
            HttpResponse<String> page = visitor.get(at(path));
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }

        HttpResponse<String> korean = switchLanguage(visitor, visitor.get(at("/login.xhtml?next=%2Findex.xhtml")),
                "language", "ko");
        assertThat(korean.body()).contains("사용자 이름");
        assertThat(korean.uri().getQuery()).as("the page keeps its parameters").contains("next=/index.xhtml");

        HttpResponse<String> charter = visitor.get(at("/charter.xhtml"), "Accept-Language", "en");
        assertThat(charter.body()).as("the language cookie wins over Accept-Language").contains("서비스 헌장");
        HttpResponse<String> english = switchLanguage(visitor, charter, "topbar", "en");
        assertThat(english.body()).contains("Service charter");
        assertThat(visitor.cookie("JSESSIONID")).isNull();
    }

    /** Clicks the language link of {@code form} on {@code page} as a browser does; the answer starts no session. */
    private HttpResponse<String> switchLanguage(Http visitor, HttpResponse<String> page, String form, String language) {
        Map<String, String> fields = new LinkedHashMap<>(Http.formState(page));
        fields.put(form, form);
        fields.put(form + ":lang-" + language, form + ":lang-" + language);
        HttpResponse<String> switched = visitor.postForm(page.uri(), fields);
        // the same page again at its own address, with its parameters, not at the bare address posted to
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"))
                .anyMatch(c -> c.startsWith("bp-lang=" + language) && c.contains("SameSite=Lax"));
        HttpResponse<String> shown = visitor.get(page.uri().resolve(switched.headers().firstValue("Location").orElseThrow()));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        return shown;
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        Http visitor = new Http();
        HttpResponse<String> login = visitor.get(at("/login.xhtml"));
        Map<String, String> fields = new LinkedHashMap<>(Http.formState(login));
        fields.putAll(Map.of("login", "login", "login:username", DemoUser.DESIGNER.username,
                "login:password", DemoUser.DESIGNER.password(), "login:next", "", "login:submit", ""));

        // another site's copy of the form has the stateless view state but not the page's nonce
        Map<String, String> forged = new LinkedHashMap<>(fields);
        forged.remove(Http.NONCE_PARAMETER);
        HttpResponse<String> fromElsewhere = visitor.postForm(at("/login.xhtml"), forged,
                "Origin", "https://evil.example", "Accept-Language", "en");
        HttpResponse<String> crossSite = visitor.postForm(at("/login.xhtml"), forged,
                "Sec-Fetch-Site", "cross-site", "Accept-Language", "en");

        for (HttpResponse<String> refused : List.of(fromElsewhere, crossSite)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Not allowed");
            assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
            assertSaysNothingAboutTheServer(refused);
        }
        String self = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> sameOrigin = visitor.postForm(at("/login.xhtml"), fields,
                "Origin", self, "Sec-Fetch-Site", "same-origin");
        assertThat(sameOrigin.statusCode()).isEqualTo(302);
    }

    @Test
    void theSessionCookieOfASignedInUserIsHttpOnlyAndSameSiteLax() {
        Http browser = new Http();
        HttpResponse<String> signIn = browser.signIn(at("/login.xhtml"), DemoUser.VIEWER.username,
                DemoUser.VIEWER.password(), "");

        assertThat(signIn.statusCode()).isEqualTo(302);
        String session = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }
}
