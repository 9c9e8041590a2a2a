package io.blueprint.web.api;

import io.blueprint.web.i18n.Messages;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Set;

/**
 * A change to the API comes as JSON (or a file's own type), never as one of the three types a web
 * form on another site can send without asking first (form fields, multipart, plain text). So even
 * a browser that still held a credential could not be made to change anything by a forged form.
 */
@Provider
@PreMatching
public class JsonOnlyChanges implements ContainerRequestFilter {

    private static final Set<String> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final List<MediaType> FORM_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE,
            MediaType.MULTIPART_FORM_DATA_TYPE, MediaType.TEXT_PLAIN_TYPE);

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && FORM_TYPES.stream().anyMatch(form -> form.isCompatible(type))) {
            String message = Messages.format(ErrorResponses.locale(request.getAcceptableLanguages()),
                    "api.mediaType.form");
            request.abortWith(ErrorResponses.answer(Response.Status.UNSUPPORTED_MEDIA_TYPE, "mediaType.unsupported",
                    message, List.of()));
        }
    }
}
