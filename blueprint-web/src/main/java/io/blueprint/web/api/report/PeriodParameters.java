package io.blueprint.web.api.report;

import io.blueprint.shared.DomainException;
import io.blueprint.web.api.DateParameter;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/** The company days from and to of a report, as every report's query names them; what a missing day means is the report's. */
public class PeriodParameters {

    @Parameter(name = "from", in = ParameterIn.QUERY, description = "First day, YYYY-MM-DD")
    @QueryParam("from")
    String from;

    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last day, YYYY-MM-DD")
    @QueryParam("to")
    String to;

    /** The first day asked for, or null; a malformed one is refused naming the parameter. */
    LocalDate first() {
        return at(from, "from");
    }

    /** The last day asked for, or null; a malformed one is refused naming the parameter. */
    LocalDate last() {
        return at(to, "to");
    }

    static LocalDate at(String text, String field) {
        try {
            return DateParameter.read(text);
        } catch (DomainException e) {
            throw new DomainException(e.getMessageKey(), e.getArguments()).at(field);
        }
    }
}
