package io.blueprint.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finishes the OpenAPI document so that a client generator accepts it: every operation gets a
 * stable {@code operationId} derived from its method and path ({@code GET /journeys/{id}/history} →
 * {@code getJourneysByIdHistory}: unique by construction, unchanged while the path is), the error
 * answers every operation can give with the JSON error body's schema, a schema for every response
 * header, a server and a licence. Registered as {@code mp.openapi.filter}.
 */
public class OpenApiDocument implements OASFilter {

    static final String ERROR_SCHEMA = "ApiError";
    private static final String REF = "#/components/schemas/" + ERROR_SCHEMA;
    private static final String API_ROOT = "/api/v1";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ERROR_SCHEMA, errorSchema());
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/").description("This Blueprint server"));
        }
        if (openAPI.getInfo() != null) {
            openAPI.getInfo().license(OASFactory.createLicense().name("Proprietary").identifier("LicenseRef-Proprietary"));
            if (openAPI.getInfo().getContact() != null && openAPI.getInfo().getContact().getName() == null) {
                openAPI.getInfo().contact(OASFactory.createContact().name("Blueprint"));
            }
        }
        if (openAPI.getExternalDocs() == null || openAPI.getExternalDocs().getUrl() == null
                || openAPI.getExternalDocs().getUrl().isBlank()) {
            // the annotation's empty default would be an invalid object; point at what the API publishes
            openAPI.externalDocs(OASFactory.createExternalDocumentation()
                    .description("The public service charter this API publishes, readable by anyone")
                    .url("/charter.xhtml"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> finish(path, method, operation)));
    }

    private static void finish(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
            operation.operationId(operationId(method.name(), path));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.responses(responses);
        }
        if (responses.getAPIResponses() == null
                || responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            // an operation that documented only its refusals: its success is the ordinary one
            boolean delete = method == PathItem.HttpMethod.DELETE;
            responses.addAPIResponse(delete ? "204" : "200", OASFactory.createAPIResponse()
                    .description(delete ? "Done; nothing in the body" : "Done; the resource as it is now"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid input: the JSON error body names each field and why");
        errors.put("401", "No valid credential: send an API token (Bearer) or HTTP Basic");
        errors.put("403", "The caller's role does not allow this");
        if (path.contains("{")) {
            errors.put("404", "Nothing with that id or code");
        }
        if (operation.getRequestBody() != null) {
            errors.put("413", "The body is larger than the endpoint takes");
            errors.put("415", "Changes come as JSON, never as a form");
        }
        errors.put("429", "Too many failed sign-ins from this account or address: wait as Retry-After says");
        errors.put("500", "The server failed; nothing was changed");
        APIResponses all = responses;
        errors.forEach((code, description) -> {
            if (all.getAPIResponse(code) == null) {
                all.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            }
        });
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String code = response.getKey();
            APIResponse answer = response.getValue();
            if ((code.startsWith("4") || code.startsWith("5")) && answer.getRef() == null) {
                answer.content(errorContent());
            }
            if (answer.getHeaders() != null) {
                for (Header header : answer.getHeaders().values()) {
                    if (header.getSchema() == null && header.getContent() == null && header.getRef() == null) {
                        header.schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                    }
                }
            }
        }
    }

    /** {@code GET /api/v1/journeys/{id}/history} → {@code getJourneysByIdHistory}. */
    static String operationId(String method, String path) {
        String relative = path.startsWith(API_ROOT) ? path.substring(API_ROOT.length()) : path;
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String segment : relative.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{") && segment.endsWith("}");
            String word = parameter ? segment.substring(1, segment.length() - 1) : segment;
            if (parameter) {
                id.append("By");
            }
            for (String part : word.split("[^A-Za-z0-9]+")) {
                if (!part.isEmpty()) {
                    id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static Content errorContent() {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema errorSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        Schema finding = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("check", string).addProperty("severity", string)
                .addProperty("field", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Every error answer: the status, a stable code, a message in the caller's language, "
                        + "the fields it concerns and, for a refused publication, the policy findings")
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("code", string)
                .addProperty("message", string)
                .addProperty("fieldErrors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("findings", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(finding))
                .addRequired("status").addRequired("code").addRequired("message");
    }
}
