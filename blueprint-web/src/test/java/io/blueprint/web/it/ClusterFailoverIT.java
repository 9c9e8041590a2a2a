package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes behind HAProxy ({@link Cluster}) on the suite's PostgreSQL database: a designer signed in through the
 * balancer loses nothing when the node that signed them in is killed, nor do ops whose import ran there; what one
 * node knows of an address that guesses passwords, the other knows too; and two designers, each on a node of their
 * own, edit one journey together ({@link LiveEditing}). It runs on the PostgreSQL half of the suite
 * only: the embedded H2 database belongs to one JVM and cannot be shared by two nodes.
 */
@EnabledIfEnvironmentVariable(named = "BLUEPRINT_DB_KIND", matches = "postgresql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static Cluster cluster;
    private final Browsers browsers = new Browsers();

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void closeBrowsers(TestInfo test) {
        browsers.closeAll(test);
    }

    @Test
    @Order(1)
    void anAddressThatGuessesOnOneNodeIsHeldBackOnTheOther() {
        Http attacker = new Http().from("203.0.113." + (1 + (int) (System.nanoTime() % 250)));
        URI node1 = URI.create(cluster.node("node1").url() + "api/v1/services");
        URI node2 = URI.create(cluster.node("node2").url() + "api/v1/services");
        for (int i = 0; i < 21; i++) {
            attacker.get(node1, "Authorization", Http.basic("nobody-" + System.nanoTime(), "guess"));
        }
        HttpResponse<String> elsewhere = attacker.get(node2, "Authorization", Http.basic(DemoUser.VIEWER.username,
                DemoUser.VIEWER.password()));
        assertThat(elsewhere.statusCode()).as("the right password, on the node that saw no failure").isEqualTo(429);
        assertThat(new Http().get(node2, "Authorization", Http.basic(DemoUser.VIEWER.username, DemoUser.VIEWER.password()))
                .statusCode()).as("another address").isEqualTo(200);
    }

    @Test
    @Order(2)
    void twoDesignersOnTwoNodesSeeEachOtherAndEachOthersChanges() {
        long journey = newJourney("Live on two nodes " + System.nanoTime());
        LiveEditing.Designer minji = LiveEditing.secondDesigner(api());
        java.net.URL node1 = cluster.node("node1").url();
        java.net.URL node2 = cluster.node("node2").url();
        WebDriver first = browsers.signedIn(node1, DemoUser.DESIGNER);
        WebDriver second = browsers.open();
        Browser.signIn(second, node2, minji.username(), minji.password());

        LiveEditing.designersEditTogether(first, node1, second, node2, journey, minji);
    }

    @Test
    @Order(3)
    void aDesignerKeepsWorkingWhenTheNodeThatSignedThemInIsKilled() {
        long journey = newJourney("Fail-over " + System.nanoTime());
        WebDriver designer = browsers.signedIn(cluster.balancer(), DemoUser.DESIGNER);
        String signedInBy = nodeOf(designer);
        designer.get(cluster.balancer() + "journey/editor.xhtml?journey=" + journey);
        addStage(designer, "Planned");
        assertThat(nodeOf(designer)).as("the balancer keeps a browser on its node").isEqualTo(signedInBy);
        // the page stays as it is: a reload would drop this mark, and the next form carries this page's view state
        ((JavascriptExecutor) designer).executeScript("window.blueprintPageMark = 'still the same page'");
        String viewState = designer.findElement(By.cssSelector("#editor input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");

        // and ops are importing a large file on the same node
        long service = new PublishedGuarantees(api()).service("Fail-over imports " + System.nanoTime(), "FO-CHAT-01");
        String source = "failover-" + System.nanoTime();
        byte[] file = surveys(IMPORT_ROWS);
        String upload = "/imports/survey-responses?service=" + service + "&source=" + source + "&fileName=surveys.csv";
        var running = new ApiClient(cluster.node(signedInBy).url()).uploadAsync(DemoUser.OPS, upload, "text/csv", file);
        JsonObject begun = awaitImport(source, i -> "RUNNING".equals(i.getString("status")) && i.getJsonNumber("stored")
                .longValue() > 0, "an import on " + signedInBy + " with its first batches stored");

        cluster.kill(cluster.node(signedInBy));

        addStage(designer, "After the crash");
        assertThat(((JavascriptExecutor) designer).executeScript("return window.blueprintPageMark"))
                .as("the editor kept working without a reload").isEqualTo("still the same page");
        assertThat(designer.findElement(By.cssSelector("#editor input[name='jakarta.faces.ViewState']"))
                .getAttribute("value")).as("the form posted the view state the dead node wrote").isEqualTo(viewState);
        assertThat(nodeOf(designer)).as("the other node answered").isNotEqualTo(signedInBy);
        assertThat(stagesOf(journey)).containsExactly("Planned", "After the crash");

        // still signed in, on another page too
        designer.get(cluster.balancer() + "journey/journeys.xhtml");
        assertThat(designer.getCurrentUrl()).doesNotContain("login");
        assertThat(designer.findElement(By.cssSelector(".user-name")).getText()).isEqualTo(DemoUser.DESIGNER.username);

        // the other node finds the dead node's import abandoned; running the file again completes it
        assertThat(running).failsWithin(java.time.Duration.ofSeconds(30));
        JsonObject interrupted = awaitImport(source, i -> "INTERRUPTED".equals(i.getString("status")),
                "the dead node's import marked interrupted");
        long kept = interrupted.getJsonNumber("stored").longValue();
        assertThat(kept).isGreaterThanOrEqualTo(begun.getJsonNumber("stored").longValue()).isLessThan(IMPORT_ROWS);
        HttpResponse<String> rerun = api().upload(DemoUser.OPS, upload, "text/csv", file, "en");
        assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(201);
        JsonObject completed = ApiClient.json(rerun);
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(List.of(completed.getJsonNumber("read").longValue(), completed.getJsonNumber("stored").longValue(),
                completed.getJsonNumber("duplicates").longValue())).containsExactly((long) IMPORT_ROWS, IMPORT_ROWS - kept, kept);
    }

    /** Enough rows that the import is still running when its first batches are stored (ten thousand each). */
    private static final int IMPORT_ROWS = 400_000;

    private static byte[] surveys(int rows) {
        StringBuilder csv = new StringBuilder("response_id,touchpoint_code,answered_at,channel,ces,ces_scale,csat,nps,customer\n");
        java.time.Instant first = java.time.Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < rows; i++) {
            csv.append("R").append(i).append(",FO-CHAT-01,").append(first.plusSeconds(i * 7L)).append(",CHAT,")
                    .append(1 + i % 7).append(",CES2,,,\n");
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The newest import of {@code source} once it is as {@code wanted}, asked of whichever node the balancer picks. */
    private static JsonObject awaitImport(String source, java.util.function.Predicate<JsonObject> wanted, String what) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        JsonObject last = null;
        while (java.time.Instant.now().isBefore(deadline)) {
            HttpResponse<String> list = api().call(DemoUser.OPS, "GET", "/imports?limit=20", null, null);
            if (list.statusCode() == 200) {
                last = Http.json(list).asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getString("source").equals(source)).findFirst().orElse(null);
                if (last != null && wanted.test(last)) {
                    return last;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited a minute for " + what + "; last seen: " + last);
    }

    /** The node the balancer pinned this browser to (its cookie). */
    private static String nodeOf(WebDriver browser) {
        var cookie = browser.manage().getCookieNamed("BLUEPRINT_NODE");
        assertThat(cookie).as("the balancer's cookie").isNotNull();
        return cookie.getValue();
    }

    private static void addStage(WebDriver browser, String name) {
        EditorPage.addStage(browser, name);
        Browser.awaitAjax(browser);
    }

    private static ApiClient api() {
        return new ApiClient(cluster.balancer());
    }

    /** A journey of the demo service, made over the API through the balancer. */
    private static long newJourney(String name) {
        HttpResponse<String> services = api().call(DemoUser.VIEWER, "GET", "/services", null, null);
        long service = Http.json(services).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(DemoData.DEMO_SERVICE))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> created = api().call(DemoUser.DESIGNER, "POST", "/services/" + service + "/journeys",
                null, "{\"name\":\"" + name + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static List<String> stagesOf(long journey) {
        HttpResponse<String> read = api().call(DemoUser.VIEWER, "GET", "/journeys/" + journey, null, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return ApiClient.json(read).getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).toList();
    }
}
