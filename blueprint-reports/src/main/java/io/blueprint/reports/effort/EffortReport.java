package io.blueprint.reports.effort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Planned against measured effort for every touchpoint of a journey over a period of company days, both ends
 * included: one row per touchpoint in blueprint order (stage, lane, position), also those without data, a
 * subtotal per stage and the journey total.
 *
 * @param normalisation     how CES answers were put on one scale, in words
 * @param minimumResponses  the minimum below which a touchpoint's status is too few responses
 */
public record EffortReport(long journeyId, String journeyName, LocalDate from, LocalDate to, String normalisation,
                           int minimumResponses, List<TouchpointEffort> touchpoints, List<EffortSubtotal> stages,
                           EffortSubtotal total) implements Serializable {

    /** What {@link #normalisation()} says (the pages have it in both languages as {@code report.effort.normalisation}). */
    public static final String NORMALISATION = "CES on the CES 2.0 scale (1 = very hard … 7 = very easy); a CES 1.0 answer a"
            + " (1 = very low … 5 = very high effort) counts as 1 + (5 − a) × 1.5";
}
