package io.blueprint.web.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness follows the database: stop PostgreSQL and Blueprint says it is not ready; start it
 * again and Blueprint is ready again without a restart. Runs where the suite may stop and start
 * the database server: BLUEPRINT_PG_CONTROL holds the command, e.g. "pg_ctlcluster 15 main"
 * (.ci/run sets it for the PostgreSQL run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfEnvironmentVariable(named = "BLUEPRINT_PG_CONTROL", matches = ".+")
class DatabaseOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessGoesDownWithPostgresAndComesBackWithoutARestart() throws Exception {
        URI ready = HealthAndOpenApiIT.health(base, "/ready");
        assertThat(databaseStatus(ready)).isEqualTo("UP");

        control("stop");
        try {
            awaitDatabase(ready, "DOWN", 503, Duration.ofSeconds(60));
        } finally {
            control("start");
        }
        awaitDatabase(ready, "UP", 200, Duration.ofSeconds(90));
    }

    private static String databaseStatus(URI ready) {
        HttpResponse<String> response = new Http().get(ready);
        return Http.json(response).asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database"))
                .map(c -> c.getString("status"))
                .findFirst()
                .orElse("MISSING");
    }

    private static void awaitDatabase(URI ready, String status, int httpStatus, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = new Http().get(ready);
            seen = response.statusCode() + " " + databaseStatus(ready);
            if (response.statusCode() == httpStatus && status.equals(databaseStatus(ready))) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("readiness did not become " + status + " within " + limit + "; last seen " + seen);
    }

    private static void control(String action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getenv("BLUEPRINT_PG_CONTROL").trim().split("\\s+")));
        command.add(action);
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }
}
