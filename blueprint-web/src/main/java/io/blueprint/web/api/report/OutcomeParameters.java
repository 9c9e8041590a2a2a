package io.blueprint.web.api.report;

import io.blueprint.reports.outcome.OutcomePeriod;
import io.blueprint.shared.DomainException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/**
 * The query parameters the guarantee outcome report and its export share: the company days from and to and the
 * service. Without days the last six whole months and the current one up to today ({@link OutcomePeriod}).
 */
public class OutcomeParameters extends PeriodParameters {

    @Parameter(name = "service", in = ParameterIn.QUERY, description = "Only this service's guarantees (its id)",
            schema = @Schema(type = SchemaType.INTEGER))
    @QueryParam("service")
    String service;

    /** The days asked for, a malformed one refused naming its parameter. */
    OutcomePeriod period(LocalDate today) {
        return OutcomePeriod.of(first(), last(), today);
    }

    /** The service asked for by its id, or null for all; anything but a whole number is refused naming the parameter. */
    Long serviceId() {
        if (service == null || service.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(service.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("outcome.param.service", service).at("service");
        }
    }
}
