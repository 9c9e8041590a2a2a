package io.blueprint.web.api;

import io.blueprint.journey.ConcurrentEditException;
import io.blueprint.journey.JourneyChange;
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

/** Turns broken business rules, stale edits and invalid input into answers a client can act on. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Locale locale(HttpHeaders headers) {
        return locale(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    static Locale locale(List<Locale> accepted) {
        return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    static Response answer(Response.Status status, String code, String message, List<ApiError.FieldError> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), code, message, fields))
                .build();
    }

    /** A business rule: 404 for what does not exist, 409 for what already does, 400 otherwise. */
    @Provider
    public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DomainException e) {
            return domainAnswer(headers, e);
        }
    }

    /**
     * A business rule, answered by the kind of refusal the domain threw: 400 for invalid input, 404
     * for what does not exist, 403 for what the caller may not do, 409 for a state that forbids the
     * change, 412 for a change made in the meantime. The message key only words it.
     */
    static Response domainAnswer(HttpHeaders headers, DomainException e) {
        String key = e.getMessageKey();
        Response.Status status = status(e.getKind());
        String message = Messages.format(locale(headers), key, e.getArguments());
        List<ApiError.FieldError> fields = e.getField() == null ? List.of()
                : List.of(new ApiError.FieldError(e.getField(), message));
        return answer(status, key, message, fields);
    }

    static Response.Status status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
            case STALE -> Response.Status.PRECONDITION_FAILED;
        };
    }

    /** Someone else changed the journey first: 412, saying who and what, with the current ETag. */
    @Provider
    public static class ConcurrentEditMapper implements ExceptionMapper<ConcurrentEditException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConcurrentEditException e) {
            Locale locale = locale(headers);
            JourneyChange last = e.getLastChange();
            String message = last == null ? Messages.format(locale, "conflict.unknown")
                    : Messages.format(locale, "conflict.changedBy", last.getActor(),
                    Messages.format(locale, "change." + last.getAction()), last.getSubject(),
                    last.getAt().toString());
            return Response.fromResponse(answer(Response.Status.PRECONDITION_FAILED, "conflict", message, List.of()))
                    .tag(Long.toString(e.getCurrentVersion()))
                    .build();
        }
    }

    /** A guarantee failing policy checks of severity error cannot be published: 422 with every finding. */
    @Provider
    public static class PolicyViolationMapper implements ExceptionMapper<io.blueprint.policy.PolicyViolationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(io.blueprint.policy.PolicyViolationException e) {
            return policyAnswer(headers, e);
        }
    }

    static Response policyAnswer(HttpHeaders headers, io.blueprint.policy.PolicyViolationException e) {
        Locale locale = locale(headers);
        return Response.status(422)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(422, e.getMessageKey(), Messages.format(locale, e.getMessageKey(), e.getArguments()),
                        List.of(), findings(locale, e.getFindings())))
                .build();
    }

    /** Policy findings in the reader's language. */
    public static List<ApiError.PolicyFindingDto> findings(Locale locale, List<io.blueprint.policy.PolicyFinding> findings) {
        return findings.stream()
                .map(f -> new ApiError.PolicyFindingDto(f.check().name(), f.severity().name(), f.path(),
                        Messages.format(locale, f.messageKey(), f.arguments().toArray())))
                .toList();
    }

    /** Someone else changed the guarantee version first: 412, saying who, with the current ETag. */
    @Provider
    public static class StaleGuaranteeMapper implements ExceptionMapper<io.blueprint.policy.StaleGuaranteeException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(io.blueprint.policy.StaleGuaranteeException e) {
            return staleAnswer(headers, e);
        }
    }

    static Response staleAnswer(HttpHeaders headers, io.blueprint.policy.StaleGuaranteeException e) {
        return stale(Messages.format(locale(headers), "guarantee.stale", e.getChangedBy()), e.getCurrentVersion());
    }

    /** 412 with the reason and the version now stored as the ETag, so the client can read it again. */
    private static Response stale(String message, long currentVersion) {
        return Response.fromResponse(answer(Response.Status.PRECONDITION_FAILED, "conflict", message, List.of()))
                .tag(Long.toString(currentVersion))
                .build();
    }

    /** Someone else changed the account first: 412, saying who, with the current ETag. */
    @Provider
    public static class StaleAccountMapper implements ExceptionMapper<io.blueprint.access.StaleAccountException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(io.blueprint.access.StaleAccountException e) {
            return staleAnswer(headers, e);
        }
    }

    static Response staleAnswer(HttpHeaders headers, io.blueprint.access.StaleAccountException e) {
        return stale(Messages.format(locale(headers), e.getMessageKey(), e.getArguments()), e.getCurrentVersion());
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
                    .map(v -> new ApiError.FieldError(field(v), Messages.format(locale, v.getMessage(), bound(v))))
                    .sorted(Comparator.comparing(ApiError.FieldError::field))
                    .toList();
            return answer(Response.Status.BAD_REQUEST, "validation",
                    Messages.format(locale, "api.validation"), fields);
        }

        /** The limit a constraint names ({@code @Size(max)}, {@code @Max(value)}), for "{0}" in its message. */
        private static Object[] bound(ConstraintViolation<?> violation) {
            var attributes = violation.getConstraintDescriptor().getAttributes();
            Object bound = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
            return bound == null ? new Object[0] : new Object[]{bound};
        }

        private static String field(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            // "create.body.name" -> "name": the client knows its own body, not our method names
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    /** A change without If-Match: 428, because it could overwrite a change the client never saw. */
    @Provider
    public static class MissingIfMatchMapper implements ExceptionMapper<MissingIfMatch> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(MissingIfMatch e) {
            return Response.fromResponse(answer(Response.Status.BAD_REQUEST, "ifMatch.required",
                    Messages.format(locale(headers), "api.ifMatch.required"), List.of())).status(428).build();
        }
    }

    /** A body that is not the JSON expected (an unknown lane, a word where a number belongs): 400 naming the field. */
    @Provider
    public static class UnreadableJsonMapper implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            String message = Messages.format(locale(headers), "api.json.invalid");
            return answer(Response.Status.BAD_REQUEST, "json.invalid", message,
                    List.of(new ApiError.FieldError(field, message)));
        }
    }

    /** Malformed JSON: 400. */
    @Provider
    public static class MalformedJsonMapper implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonParseException e) {
            return answer(Response.Status.BAD_REQUEST, "json.malformed",
                    Messages.format(locale(headers), "api.json.malformed"), List.of());
        }
    }

    /**
     * A transaction that failed at commit. Two edits of one journey that raced past each other's
     * version check end here: that is a conflict (412), never a server error.
     */
    @Provider
    public static class TransactionFailureMapper implements ExceptionMapper<jakarta.transaction.TransactionalException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            return failure(headers, e);
        }
    }

    /**
     * A persistence failure inside a request: a lock that could not be had in time means another
     * edit of the same journey is under way (412); anything else is a server error, said in JSON.
     */
    @Provider
    public static class PersistenceFailureMapper implements ExceptionMapper<jakarta.persistence.PersistenceException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.persistence.PersistenceException e) {
            return failure(headers, e);
        }
    }

    /**
     * Whatever else went wrong: still the JSON error body, never a stack trace or plain text. A body
     * that ran over its limit deep inside a reader is still a 413.
     */
    @Provider
    public static class AnyFailureMapper implements ExceptionMapper<Throwable> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return failure(headers, e);
        }
    }

    /**
     * The JAX-RS runtime's own refusals (unknown path, wrong method, unsupported media type, a role
     * check): their status and headers, in the JSON error body.
     */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
            Response original = e.getResponse();
            int status = original == null ? 500 : original.getStatus();
            if (status >= 500) {
                return failure(headers, e);
            }
            Locale locale = locale(headers);
            String key = plainKey(status);
            Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status, key.substring(4), Messages.format(locale, key), List.of()));
            if (original != null) {
                original.getHeaders().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                        values.forEach(v -> answer.header(name, v));
                    }
                });
            }
            return answer.build();
        }
    }

    /** The message key for a status the runtime chose itself. */
    static String plainKey(int status) {
        return switch (status) {
            case 401 -> "api.unauthorized";
            case 403 -> "api.forbidden";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406 -> "api.notAcceptable";
            case 413 -> "api.body.tooLarge.plain";
            case 415 -> "api.mediaType.form";
            default -> "api.badRequest";
        };
    }

    static Response failure(HttpHeaders headers, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimits.TooLarge tooLarge) {
                return BodyLimits.tooLarge(headers == null ? List.of() : headers.getAcceptableLanguages(), tooLarge.limit);
            }
            if (cause instanceof io.blueprint.policy.PolicyViolationException violation) {
                return policyAnswer(headers, violation);
            }
            if (cause instanceof io.blueprint.policy.StaleGuaranteeException stale) {
                return staleAnswer(headers, stale);
            }
            if (cause instanceof io.blueprint.access.StaleAccountException stale) {
                return staleAnswer(headers, stale);
            }
            if (cause instanceof DomainException domain) {
                return domainAnswer(headers, domain);
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.StaleStateException
                    || cause instanceof org.hibernate.PessimisticLockException) {
                return answer(Response.Status.PRECONDITION_FAILED, "conflict",
                        Messages.format(locale(headers), "conflict.unknown"), List.of());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                // a unique key another request took between our check and our insert
                return answer(Response.Status.CONFLICT, "conflict.duplicate",
                        Messages.format(locale(headers), "conflict.duplicate"), List.of());
            }
        }
        java.util.logging.Logger.getLogger(ErrorResponses.class.getName())
                .log(java.util.logging.Level.SEVERE, "Request failed", e);
        return answer(Response.Status.INTERNAL_SERVER_ERROR, "failed",
                Messages.format(locale(headers), "api.failed"), List.of());
    }

    /**
     * Answers the container writes itself (403 from a role check, 404 for an unknown path or id)
     * get the same JSON body as every other error.
     */
    @Provider
    public static class PlainErrorsAsJson implements jakarta.ws.rs.container.ContainerResponseFilter {

        @Override
        public void filter(jakarta.ws.rs.container.ContainerRequestContext request,
                           jakarta.ws.rs.container.ContainerResponseContext response) {
            int status = response.getStatus();
            if (status >= 400 && status < 500 && !(response.getEntity() instanceof ApiError)
                    && !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
                Locale locale = locale(request.getAcceptableLanguages());
                String key = plainKey(status);
                response.setEntity(new ApiError(status, key.substring(4), Messages.format(locale, key), List.of()),
                        null, MediaType.APPLICATION_JSON_TYPE);
            }
        }
    }
}
