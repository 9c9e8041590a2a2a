package io.blueprint.web.api;

import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns broken business rules and invalid input into 400/409 answers a client can act on. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    static Response answer(Response.Status status, String code, String message, List<ApiError.FieldError> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), code, message, fields))
                .build();
    }

    /** A business rule: 409 when something already exists, 400 otherwise. */
    @Provider
    public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DomainException e) {
            Response.Status status = e.getMessageKey().endsWith(".taken") ? Response.Status.CONFLICT
                    : Response.Status.BAD_REQUEST;
            return answer(status, e.getMessageKey(),
                    Messages.format(locale(headers), e.getMessageKey(), e.getArguments()), List.of());
        }
    }

    /** Bean Validation on request bodies: 400 with one entry per field. */
    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale locale = locale(headers);
            List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
                    .map(v -> new ApiError.FieldError(field(v), Messages.format(locale, v.getMessage())))
                    .sorted(Comparator.comparing(ApiError.FieldError::field))
                    .toList();
            return answer(Response.Status.BAD_REQUEST, "validation",
                    Messages.format(locale, "api.validation"), fields);
        }

        private static String field(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            // "create.body.name" -> "name": the client knows its own body, not our method names
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }
}
