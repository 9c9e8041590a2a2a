package io.blueprint.web.api.report;

import io.blueprint.shared.DomainException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The query parameters every effort report shares: the journey and the company days from and to. Without
 * them the period is the last {@value #DEFAULT_DAYS} days up to today, in the company's zone.
 */
public class ReportParameters extends PeriodParameters {

    /** The period of a report without {@code from}: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;

    @Parameter(name = "journey", in = ParameterIn.QUERY, required = true, description = "The journey's id")
    @QueryParam("journey")
    Long journey;

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
        LocalDate first = first();
        LocalDate last = last();
        if (last == null) {
            last = first == null ? LocalDate.now(zone) : first.plusDays(DEFAULT_DAYS - 1L);
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        return new Period(first, last);
    }
}
