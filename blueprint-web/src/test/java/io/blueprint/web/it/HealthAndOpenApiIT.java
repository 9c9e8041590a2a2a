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

    /**
     * What a client generator needs: every operation has a unique operationId and documents its
     * error answers with the JSON error body's schema. The document is also written to
     * target/openapi.json, which CI lints with Redocly (.ci/run, redocly.yaml).
     */
    @Test
    void everyOperationHasAUniqueOperationIdAndItsErrorAnswersWithTheirSchema() throws java.io.IOException {
        HttpResponse<String> openapi = new Http().get(URI.create(base.toString()).resolve("/openapi?format=JSON"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), openapi.body());
        JsonObject document = Http.json(openapi).asJsonObject();

        java.util.List<String> ids = new java.util.ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!java.util.Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject op = operation.asJsonObject();
            assertThat(op.containsKey("operationId")).as(method + " " + path).isTrue();
            ids.add(op.getString("operationId"));
            JsonObject responses = op.getJsonObject("responses");
            assertThat(responses.keySet()).as(method + " " + path).contains("400", "401", "403", "500")
                    .anyMatch(code -> code.startsWith("2"));
            assertThat(responses.getJsonObject("403").getJsonObject("content").getJsonObject("application/json")
                    .getJsonObject("schema").getString("$ref")).isEqualTo("#/components/schemas/ApiError");
        }));
        assertThat(ids).hasSizeGreaterThan(40).doesNotHaveDuplicates()
                .contains("getJourneysByIdHistory", "postGuaranteesByIdPublish");
        assertThat(document.getJsonArray("servers")).isNotEmpty();
    }
}
