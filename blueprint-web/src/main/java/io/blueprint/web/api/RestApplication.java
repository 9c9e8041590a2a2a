package io.blueprint.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Blueprint's REST API, version 1. Every call needs a signed-in user with a fitting role. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Blueprint API", version = "1",
                description = "Service blueprints, service policy and measured effort. "
                        + "Authenticate with an API token (Authorization: Bearer bpt_…, made on the profile page) "
                        + "or HTTP Basic; the browser's session cookie is never accepted. Each operation names the "
                        + "roles that may call it. Limits (settings, refused before any work with the JSON error "
                        + "body naming the field and the limit): a journey document 2 MiB and any other body "
                        + "256 KiB (413); a journey 100 stages, 2,000 steps, 5,000 flows, 20 KPIs per touchpoint "
                        + "(400); numbers 12 digits before the point and 2 after; dates in the years 1900-9999; "
                        + "changes only as JSON (415 for forms and plain text)."),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token from the profile page, sent as Authorization: Bearer bpt_…")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
