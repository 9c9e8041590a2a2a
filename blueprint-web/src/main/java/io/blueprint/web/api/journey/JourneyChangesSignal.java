package io.blueprint.web.api.journey;

import io.blueprint.web.live.LiveSignals;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * A journey changed through the API (a stage added by a script, an import of a blueprint): the designers who have it
 * open in the editor see the change as they see each other's ({@link LiveSignals}).
 */
@Provider
public class JourneyChangesSignal implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Inject
    LiveSignals signals;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (READS.contains(request.getMethod()) || response.getStatus() >= 300 || resource == null
                || resource.getResourceClass() != JourneyResource.class) {
            return;
        }
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id != null && id.chars().allMatch(Character::isDigit)) {
            signals.changed("journey:" + id, null);
        }
    }
}
