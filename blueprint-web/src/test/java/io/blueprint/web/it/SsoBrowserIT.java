package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the company's identity provider, in a real browser against a real OpenID
 * Connect server on loopback: the mapped role, the refusal of someone without one, and the local
 * form beside it.
 */
class SsoBrowserIT extends BrowserTests {

    /** The button's label, as the build configures it (BLUEPRINT_OIDC_LABEL in blueprint-web/pom.xml). */
    private static final String LABEL = "Blueprint Test IdP";

    private static IdentityProvider identityProvider;

    @BeforeAll
    static void startIdentityProvider() {
        identityProvider = IdentityProvider.start();
    }

    @AfterAll
    static void stopIdentityProvider() {
        if (identityProvider != null) {
            identityProvider.close();
        }
    }

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    /** From a deep link, through the login page's button, to the provider's form, filled in and sent. */
    private WebDriver signInAtTheProvider(String deepLink, String username, String claims) {
        WebDriver browser = browsers.open();
        browser.get(base + deepLink);
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("sso-login")));
        assertThat(browser.findElement(By.id("sso-login")).getText()).isEqualTo("Sign in with " + LABEL);
        browser.findElement(By.id("sso-login")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + System.getProperty("blueprint.it.oidcPort"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("claims")).sendKeys(claims);
        browser.findElement(By.cssSelector("input[type='submit']")).click();
        return browser;
    }

    @Test
    void aDesignerSignsInThroughTheIdentityProviderAndLandsWhereTheyWereGoingAsADesigner() {
        String username = IdentityProvider.newPerson("sso.designer");
        WebDriver browser = signInAtTheProvider("journey/services.xhtml", username,
                IdentityProvider.claims(username, "Seo Designer", "everyone", "bp-designers"));

        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
        assertThat(browser.getCurrentUrl()).startsWith(base.toString()).endsWith("/journey/services.xhtml");
        assertThat(browser.findElement(By.id("signed-in")).getText()).contains(username, "CX designer")
                .doesNotContain("Administrator", "Viewer");
        // a designer may register a service: the role works, not just its badge
        assertThat(browser.findElements(By.id("list:new-service"))).isNotEmpty();

        browser.findElement(By.id("topbar:logout")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:logged-out")));
        browser.get(base + "index.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    @Test
    void someoneInNoMappedGroupIsRefusedWithAPageThatSaysWhatToDo() {
        String username = IdentityProvider.newPerson("sso.stranger");
        WebDriver browser = signInAtTheProvider("index.xhtml", username,
                IdentityProvider.claims(username, "Stranger", "everyone", "sales"));

        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal-title")));
        assertThat(browser.findElement(By.id("refusal-title")).getText()).isEqualTo("You have no Blueprint role yet");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(username);
        assertThat(browser.findElement(By.id("refusal-text")).getText())
                .contains("Ask a Blueprint administrator to give you a role");
        assertThat(browser.findElement(By.id("local-login")).getText()).isEqualTo("Sign in with a Blueprint account");

        browser.get(base + "index.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertThat(browser.getCurrentUrl()).as("not signed in").contains("/login.xhtml");
    }

    @Test
    void theLocalFormStillSignsInBesideTheCompanySignIn() {
        WebDriver browser = browsers.open();
        browser.get(base + "login.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-login")));
        assertThat(browser.findElement(By.id("login:submit")).isDisplayed()).isTrue();

        Browser.signIn(browser, base, DemoUser.ADMIN);

        assertThat(browser.findElement(By.id("signed-in")).getText()).contains(DemoUser.ADMIN.username, "Administrator");
    }

    /** Starts a sign-in over plain HTTP and returns the provider's authorization URL. */
    private static URI startSignIn(Http client, URI login) {
        HttpResponse<String> start = client.get(login);
        assertThat(start.statusCode()).isEqualTo(302);
        return URI.create(start.headers().firstValue("Location").orElseThrow());
    }

    private static String parameter(URI uri, String name) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair[0].equals(name))
                .map(pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
    }

    /** Through the provider's form over plain HTTP, as a browser would post it; the provider's answer to Blueprint. */
    private static URI answerFromTheProvider(Http client, URI authorize, String username, String claims) {
        HttpResponse<String> provider = client.postForm(authorize, Map.of("username", username, "claims", claims));
        assertThat(provider.statusCode()).isEqualTo(302);
        return URI.create(provider.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theRequestUsesTheCodeFlowWithPkceStateAndNonceAndTheRefusalAnswers403InKorean() {
        Http client = new Http();
        URI authorize = startSignIn(client, at("/sso/login?next=%2Fpolicy%2Fguarantees.xhtml"));
        assertThat(parameter(authorize, "response_type")).isEqualTo("code");
        assertThat(parameter(authorize, "code_challenge_method")).isEqualTo("S256");
        assertThat(parameter(authorize, "scope")).isEqualTo("openid profile email");
        assertThat(parameter(authorize, "redirect_uri")).isEqualTo(at("/sso/callback").toString());
        assertThat(parameter(authorize, "state")).hasSizeGreaterThan(20);
        assertThat(parameter(authorize, "nonce")).hasSizeGreaterThan(20);

        URI answer = answerFromTheProvider(client, authorize, "sso.nobody", IdentityProvider.claims("sso.nobody", "Nobody"));
        HttpResponse<String> refused = client.get(answer, "Accept-Language", "ko-KR");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("아직 Blueprint 역할이 없습니다", "Blueprint 관리자에게 역할을 요청");
        assertThat(client.get(answer).statusCode()).as("an answer is good for one sign-in only").isEqualTo(403);
        assertThat(client.get(at("/policy/guarantees.xhtml")).statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void theAccountMadeAtTheFirstSignInTakesTheProvidersRolesAtEverySignIn() {
        String subject = IdentityProvider.newPerson("sso.mover");
        Http first = new Http();
        HttpResponse<String> asViewer = first.get(answerFromTheProvider(first, startSignIn(first, at("/sso/login")),
                subject, IdentityProvider.claims(subject, "Mover", "bp-viewers")));
        assertThat(asViewer.statusCode()).isEqualTo(302);
        assertThat(first.get(at("/index.xhtml")).body()).contains(subject, "Viewer");

        Http again = new Http();
        again.get(answerFromTheProvider(again, startSignIn(again, at("/sso/login")), subject,
                IdentityProvider.claims(subject, "Mover", "bp-ops")));
        String home = again.get(at("/index.xhtml")).body();
        assertThat(home).contains(subject, "Operations").doesNotContain("role-badge\">Viewer");
    }

    @Test
    void aProviderUserNeverTakesOverALocalAccountOfTheSameName() {
        Http client = new Http();
        URI answer = answerFromTheProvider(client, startSignIn(client, at("/sso/login")), "someone-else",
                IdentityProvider.claims(DemoUser.VIEWER.username, "Not the viewer", "bp-admins"));

        HttpResponse<String> refused = client.get(answer);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Blueprint cannot sign you in with this account",
                "A local account is already called", DemoUser.VIEWER.username);
        assertThat(client.get(at("/index.xhtml")).statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void aProviderInTroubleGetsAPageThatSaysSoNotAnError() {
        Http client = new Http();
        String person = IdentityProvider.newPerson("sso.unlucky");
        URI answer = answerFromTheProvider(client, startSignIn(client, at("/sso/login")), person,
                IdentityProvider.claims(person, "Unlucky", "bp-viewers"));
        identityProvider.failNextTokenRequest(503);

        HttpResponse<String> down = client.get(answer);

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("The company sign-in cannot be reached", "sign in with a Blueprint account");
    }

    @Test
    void aCancelledSignInAndAForgedAnswerAreRefusedSayingWhich() {
        Http client = new Http();
        URI authorize = startSignIn(client, at("/sso/login"));

        HttpResponse<String> cancelled = client.get(at("/sso/callback?error=access_denied&state="
                + parameter(authorize, "state")));
        HttpResponse<String> forged = new Http().get(at("/sso/callback?code=stolen&state=guessed"));

        assertThat(cancelled.statusCode()).isEqualTo(403);
        assertThat(cancelled.body()).contains("The company sign-in did not let you in");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("This sign-in expired or was not started here");
    }
}
