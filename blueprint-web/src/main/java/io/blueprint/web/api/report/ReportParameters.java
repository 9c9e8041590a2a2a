package io.blueprint.web.api.report;

import io.blueprint.shared.DomainException;
import io.blueprint.web.api.DateParameter;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The query parameters every report over a period shares: the journey and the company days from and to. Without
 * them the period is the last {@value #DEFAULT_DAYS} days up to today, in the company's zone.
 */
public class ReportParameters {

    /** The period of a report without {@code from}: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;

    @Parameter(name = "journey", in = ParameterIn.QUERY, required = true, description = "The journey's id")
    @QueryParam("journey")
    Long journey;

    @Parameter(name = "from", in = ParameterIn.QUERY, description = "First day, YYYY-MM-DD")
    @QueryParam("from")
    String from;

    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last day, YYYY-MM-DD")
    @QueryParam("to")
    String to;

    /** The days of a report, both included. */
    record Period(LocalDate from, LocalDate to) {
    }

    /** The journey asked for; refused, naming the parameter, when it is missing. */
    long journeyId() {
        return journeyId(journey);
    }

    static long journeyId(Long journey) {
        if (journey == null) {
            throw new DomainException("report.journey.required").at("journey");
        }
        return journey;
    }

    /** The days asked for; without them the last 30 days up to today in {@code zone}. */
    Period period(ZoneId zone) {
        LocalDate first = at(from, "from");
        LocalDate last = at(to, "to");
        if (last == null) {
            last = first == null ? LocalDate.now(zone) : first.plusDays(DEFAULT_DAYS - 1L);
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        return new Period(first, last);
    }

    static LocalDate at(String text, String field) {
        try {
            return DateParameter.read(text);
        } catch (DomainException e) {
            throw new DomainException(e.getMessageKey(), e.getArguments()).at(field);
        }
    }
}
