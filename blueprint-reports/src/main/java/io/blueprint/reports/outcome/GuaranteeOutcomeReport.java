package io.blueprint.reports.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every guarantee in force on some day of the period, with its breaches and their cost month by month.
 *
 * @param serviceId   the service asked for, or null for all
 * @param serviceName that service's name, or null for all
 * @param claimRate   the share of on-claim remedies assumed claimed (a setting), shown beside every cost
 */
public record GuaranteeOutcomeReport(LocalDate from, LocalDate to, Long serviceId, String serviceName,
                                     BigDecimal claimRate, List<GuaranteeOutcomeRow> guarantees) implements java.io.Serializable {

    public GuaranteeOutcomeReport {
        guarantees = List.copyOf(guarantees);
    }

    /** Whether anything was measured for any guarantee: a report without it has no figures to show or export. */
    public boolean hasData() {
        return guarantees.stream().anyMatch(g -> g.outcome().total().measured() > 0);
    }
}
