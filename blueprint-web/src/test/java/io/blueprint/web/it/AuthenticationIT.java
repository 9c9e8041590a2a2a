package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How people and scripts get in, over real HTTP: the API never takes the browser's session, takes
 * no form posts, and failed sign-ins are logged and throttled per address with 429 and Retry-After.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthenticationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    /** An address of the documentation range, different for every test, as the trusted proxy forwards it. */
    private static String someAddress() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static String as(DemoUser user) {
        return Http.basic(user.username, user.password());
    }

    @Test
    void theApiDoesNotTakeTheBrowsersSessionCookie() {
        Http browser = new Http();
        assertThat(browser.signIn(at("/login.xhtml"), DemoUser.EXECUTIVE.username, DemoUser.EXECUTIVE.password(), "/")
                .statusCode()).isEqualTo(302);
        assertThat(browser.get(at("/index.xhtml")).statusCode()).as("signed in for pages").isEqualTo(200);

        HttpResponse<String> api = browser.get(at("/api/v1/services"));

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic"))
                .anyMatch(v -> v.startsWith("Bearer"));
    }

    @Test
    void aFormOnAnotherSiteCannotMakeASignedInBrowserStartAGuaranteeVersion() {
        Http browser = new Http();
        browser.signIn(at("/login.xhtml"), DemoUser.EXECUTIVE.username, DemoUser.EXECUTIVE.password(), "/");
        String versionsPath = "/api/v1/guarantees/codes/" + DemoData.DEMO_REFUND_GUARANTEE + "/versions";
        int versionsBefore = Http.json(new Http().get(at(versionsPath), "Authorization", as(DemoUser.VIEWER)))
                .asJsonArray().size();
        long id = Http.json(new Http().get(at("/api/v1/guarantees/codes/" + DemoData.DEMO_REFUND_GUARANTEE + "/in-force"),
                "Authorization", as(DemoUser.VIEWER))).asJsonObject().getJsonNumber("id").longValue();

        // what <form method=post action=…/new-version> on evil.example sends: the cookie, a form body
        HttpResponse<String> forged = browser.postForm(at("/api/v1/guarantees/" + id + "/new-version"),
                Map.of("x", "1"), "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");

        assertThat(forged.statusCode()).isBetween(400, 499);
        assertThat(Http.json(new Http().get(at(versionsPath), "Authorization", as(DemoUser.VIEWER))).asJsonArray())
                .as("no new version").hasSize(versionsBefore);
    }

    @Test
    void changesToTheApiComeAsJsonNotAsFormsOrPlainText() {
        Http http = new Http();
        for (String type : new String[]{"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"}) {
            HttpResponse<String> refused = http.send(java.net.http.HttpRequest.newBuilder(at("/api/v1/services"))
                    .header("Authorization", as(DemoUser.DESIGNER)).header("Content-Type", type)
                    .header("Accept-Language", "en")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Form " + UUID.randomUUID() + "\"}"))
                    .build());
            assertThat(refused.statusCode()).as(type).isEqualTo(415);
            assertThat(Http.json(refused).asJsonObject().getString("message")).contains("application/json");
        }
    }

    @Test
    void repeatedFailuresFromOneAddressAreLoggedOneLineEachThenAnswered429WithRetryAfter() {
        String address = someAddress();
        Http attacker = new Http().from(address);
        String prefix = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        int statusOfLast = 0;
        HttpResponse<String> last = null;
        int attempts = 0;
        for (; attempts < 50 && statusOfLast != 429; attempts++) {
            last = attacker.get(at("/api/v1/services"), "Authorization", Http.basic(prefix + "-" + attempts, "guess"),
                    "Accept-Language", "en");
            statusOfLast = last.statusCode();
        }

        assertThat(statusOfLast).as("after %d attempts", attempts).isEqualTo(429);
        assertThat(attempts).as("20 free failures, one more that starts the delay, then the refusal").isEqualTo(22);
        assertThat(last.headers().firstValue("Retry-After")).get().satisfies(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        JsonObject body = Http.json(last).asJsonObject();
        assertThat(body.getInt("status")).isEqualTo(429);
        assertThat(body.getString("message")).contains("Too many failed sign-ins").contains("seconds");

        String log = serverLog();
        assertThat(log.lines().filter(l -> l.contains("Sign-in failed: user '" + prefix + "-") && l.contains(address)))
                .as("one line per attempt, throttled ones included").hasSize(attempts);
        assertThat(log).doesNotContain("guess");

        // someone else, from another address, is not slowed down
        assertThat(new Http().get(at("/api/v1/services"), "Authorization", as(DemoUser.VIEWER)).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormAnswers429AndSaysHowLongToWaitOnceTheAddressIsThrottled() {
        String address = someAddress();
        Http attacker = new Http().from(address);
        for (int i = 0; i < 21; i++) {
            attacker.get(at("/api/v1/services"), "Authorization", Http.basic("nobody-" + UUID.randomUUID(), "guess"));
        }

        HttpResponse<String> form = attacker.signIn(at("/login.xhtml"), DemoUser.DESIGNER.username,
                DemoUser.DESIGNER.password(), "/");

        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.headers().firstValue("Retry-After")).isPresent();
        assertThat(form.body()).contains("Too many failed sign-ins.").contains("seconds");
        assertThat(attacker.get(at("/index.xhtml")).statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void aTokenThatIsNotOneOfOursIsRefusedWithABearerChallenge() {
        HttpResponse<String> refused = new Http().from(someAddress()).get(at("/api/v1/services"),
                "Authorization", "Bearer bpt_" + UUID.randomUUID());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
    }

    @Test
    void aBasicCredentialIsVerifiedOnceAndThenRecognisedCheaply() {
        // the second and later calls skip PBKDF2; what a user notices is that they keep working
        Http http = new Http();
        for (int i = 0; i < 5; i++) {
            assertThat(http.get(at("/api/v1/services"), "Authorization", as(DemoUser.OPS)).statusCode()).isEqualTo(200);
        }
        assertThat(http.get(at("/api/v1/services"), "Authorization", Http.basic(DemoUser.OPS.username, "wrong"))
                .statusCode()).as("a different password is not the remembered one").isEqualTo(401);
    }

    static String serverLog() {
        try {
            return Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
