package io.blueprint.web.api;

import java.util.List;

/** The body of every error answer: what went wrong, in the caller's language, and where. */
public record ApiError(int status, String code, String message, List<FieldError> fieldErrors) {

    /** One rejected input field. */
    public record FieldError(String field, String message) {
    }
}
