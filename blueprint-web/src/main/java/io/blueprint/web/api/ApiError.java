package io.blueprint.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of every error answer: what went wrong, in the caller's language, and where. A refused
 * publication also lists the policy findings that refused it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String code, String message, List<FieldError> fieldErrors,
                       List<PolicyFindingDto> findings) {

    public ApiError(int status, String code, String message, List<FieldError> fieldErrors) {
        this(status, code, message, fieldErrors, null);
    }

    /** One rejected input field. */
    public record FieldError(String field, String message) {
    }

    /** One policy check a guarantee fails: which, how serious (ERROR blocks publishing), where, and what to do. */
    public record PolicyFindingDto(String check, String severity, String field, String message) {
    }
}
