package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may see and do what, checked over real HTTP against the deployed application. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private URI at(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static String as(DemoUser user) {
        return Http.basic(user.username, user.password());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndBackAfterwards() {
        HttpResponse<String> home = new Http().get(at("/index.xhtml"));

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).get().asString()
                .contains("/login.xhtml?next=%2Findex.xhtml");
    }

    @Test
    void theLoginPageAndItsStylesAreOpenToEverybody() {
        HttpResponse<String> login = new Http().get(at("/login.xhtml"), "Accept-Language", "ko-KR");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("사용자 이름", "비밀번호");
    }

    @Test
    void theApiWithoutCredentialsAnswers401WithABasicChallenge() {
        HttpResponse<String> anonymous = new Http().get(at("/api/v1/services"));
        HttpResponse<String> wrong = new Http().get(at("/api/v1/services"),
                "Authorization", Http.basic(DemoUser.DESIGNER.username, "wrong"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void aViewerReadsTheServicesButMayNotRegisterOne() {
        Http http = new Http();
        HttpResponse<String> list = http.get(at("/api/v1/services"), "Authorization", as(DemoUser.VIEWER));
        HttpResponse<String> create = http.postJson(at("/api/v1/services"), "{\"name\":\"Viewer's service\"}",
                "Authorization", as(DemoUser.VIEWER));

        assertThat(list.statusCode()).isEqualTo(200);
        JsonArray services = Http.json(list).asJsonArray();
        assertThat(services.getValuesAs(JsonObject.class))
                .anySatisfy(s -> {
                    assertThat(s.getString("name")).isEqualTo(DemoData.DEMO_SERVICE);
                    assertThat(s.getJsonArray("journeys").getValuesAs(JsonObject.class))
                            .extracting(j -> j.getString("name"))
                            .contains(DemoData.DEMO_JOURNEY);
                });
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(Http.json(create).asJsonObject().getString("message")).contains("designers and admins");
        HttpResponse<String> missing = http.get(at("/api/v1/services/999999"), "Authorization", as(DemoUser.VIEWER));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.json(missing).asJsonObject().getInt("status")).isEqualTo(404);
    }

    @Test
    void aDesignerRegistersAServiceThatCanThenBeRead() {
        Http http = new Http();
        String name = "Gift wrapping " + UUID.randomUUID();
        HttpResponse<String> created = http.postJson(at("/api/v1/services"),
                "{\"name\":\"" + name + "\",\"owner\":\"Stores\"}", "Authorization", as(DemoUser.DESIGNER));

        assertThat(created.statusCode()).isEqualTo(201);
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> read = http.get(location, "Authorization", as(DemoUser.VIEWER));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.json(read).asJsonObject().getString("name")).isEqualTo(name);
        assertThat(Http.json(read).asJsonObject().getString("owner")).isEqualTo("Stores");

        HttpResponse<String> again = http.postJson(at("/api/v1/services"), "{\"name\":\"" + name + "\"}",
                "Authorization", as(DemoUser.DESIGNER));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(again).asJsonObject().getString("message")).contains(name);
    }

    @Test
    void invalidInputIsRefusedWithTheFieldAndAReasonInTheCallersLanguage() {
        Http http = new Http();
        HttpResponse<String> english = http.postJson(at("/api/v1/services"), "{\"name\":\"  \"}",
                "Authorization", as(DemoUser.DESIGNER), "Accept-Language", "en");
        HttpResponse<String> korean = http.postJson(at("/api/v1/services"), "{\"name\":\"\"}",
                "Authorization", as(DemoUser.DESIGNER), "Accept-Language", "ko");

        assertThat(english.statusCode()).isEqualTo(400);
        JsonObject field = Http.json(english).asJsonObject().getJsonArray("fieldErrors").getJsonObject(0);
        assertThat(field.getString("field")).isEqualTo("name");
        assertThat(field.getString("message")).isEqualTo("A service needs a name.");
        HttpResponse<String> tooLong = http.postJson(at("/api/v1/services"), "{\"name\":\"" + "x".repeat(201) + "\"}",
                "Authorization", as(DemoUser.DESIGNER), "Accept-Language", "en");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooLong).asJsonObject().getJsonArray("fieldErrors").getJsonObject(0).getString("message"))
                .isEqualTo("A service name has at most 200 characters.");
        assertThat(korean.statusCode()).isEqualTo(400);
        assertThat(Http.json(korean).asJsonObject().getJsonArray("fieldErrors").getJsonObject(0).getString("message"))
                .isEqualTo("서비스 이름을 입력하세요.");
    }

    /** Opens the login form as a browser does and posts it with these values. */
    private HttpResponse<String> postLoginForm(Http browser, String username, String password, String next) {
        return browser.signIn(at("/login.xhtml"), username, password, next);
    }

    @Test
    void signingInOnTheFormGivesANewSessionAndShowsTheHomePage() {
        Http browser = new Http();
        browser.get(at("/login.xhtml?next=%2Findex.xhtml"));
        assertThat(browser.cookie("JSESSIONID")).as("the login page is stateless: no session before signing in").isNull();

        HttpResponse<String> signIn = postLoginForm(browser, DemoUser.DESIGNER.username, DemoUser.DESIGNER.password(),
                "/index.xhtml");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/index.xhtml");
        assertThat(browser.cookie("JSESSIONID")).as("the session that signing in starts").isNotNull();
        HttpResponse<String> home = browser.get(at("/index.xhtml"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(DemoData.DEMO_JOURNEY, DemoUser.DESIGNER.username);
    }

    @Test
    void aWrongPasswordOnTheFormKeepsTheVisitorOut() {
        Http browser = new Http();
        HttpResponse<String> signIn = postLoginForm(browser, DemoUser.DESIGNER.username, "not-the-password", "");

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("Sign-in failed.");
        assertThat(browser.get(at("/index.xhtml")).statusCode()).isEqualTo(302);
    }

    @Test
    void theLoginPageWillNotSendPeopleToAnotherSite() {
        Http browser = new Http();
        HttpResponse<String> signIn = postLoginForm(browser, DemoUser.VIEWER.username, DemoUser.VIEWER.password(),
                "//evil.example/phish");

        assertThat(signIn.statusCode()).isEqualTo(302);
        String location = signIn.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(location).getHost()).isIn(null, base.getHost());
        assertThat(location).doesNotContain("evil.example");
    }
}
