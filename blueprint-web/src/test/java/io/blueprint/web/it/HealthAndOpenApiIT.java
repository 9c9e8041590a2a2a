package io.blueprint.web.it;

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

import static org.assertj.core.api.Assertions.assertThat;

/** Operators and API clients read health and the API description without signing in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthAndOpenApiIT {

    /** The management interface of the test server (9990 + the suite's port offset). */
    static final int MANAGEMENT_PORT = Integer.getInteger("blueprint.it.managementPort", 10090);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    static URI health(URL base, String path) {
        return URI.create("http://" + base.getHost() + ":" + MANAGEMENT_PORT + "/health" + path);
    }

    @Test
    void readinessIsUpAndNamesTheDatabaseCheck() {
        HttpResponse<String> ready = new Http().get(health(base, "/ready"));

        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject body = Http.json(ready).asJsonObject();
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("database");
                    assertThat(check.getString("status")).isEqualTo("UP");
                    assertThat(check.getJsonObject("data").getString("product")).isIn("H2", "PostgreSQL");
                });
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> live = new Http().get(health(base, "/live"));

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(Http.json(live).asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> assertThat(check.getString("name")).isEqualTo("blueprint"));
    }

    @Test
    void theOpenApiDocumentDescribesTheServicesEndpointAndItsAuthentication() {
        HttpResponse<String> openapi = new Http().get(URI.create(base.toString()).resolve("/openapi?format=JSON"));

        assertThat(openapi.statusCode()).isEqualTo(200);
        JsonObject document = Http.json(openapi).asJsonObject();
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Blueprint API");
        JsonObject services = document.getJsonObject("paths").getJsonObject("/api/v1/services");
        assertThat(services.keySet()).contains("get", "post");
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").keySet()).contains("basic");
    }
}
