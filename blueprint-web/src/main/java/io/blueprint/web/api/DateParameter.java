package io.blueprint.web.api;

import io.blueprint.shared.Dates;
import io.blueprint.shared.DomainException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day as clients write it in a query parameter ("2026-11-23"); anything else is refused naming the parameter "date". */
public final class DateParameter {

    private DateParameter() {
    }

    /** The day, or null when the parameter is absent or blank. */
    public static LocalDate read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 10) {
            // "-999999999-01-01" and the like: LocalDate reads them, no reader means them
            throw new DomainException("api.date.invalid", text.substring(0, Math.min(20, text.length()))).at("date");
        }
        try {
            return Dates.requireSupported(LocalDate.parse(text.strip()), "date");
        } catch (DateTimeParseException e) {
            throw new DomainException("api.date.invalid", text).at("date");
        }
    }
}
