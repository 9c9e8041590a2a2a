package io.blueprint.reports.effort;

import java.io.Serializable;

/**
 * The gap between plan and measurement for each planned term that has a measurement; null where either is
 * missing. The signs follow the definitions, so read each one's direction:
 *
 * @param ces          target CES − mean CES: positive when customers spend more effort than planned
 * @param waitP90      p90 wait − maximum wait, in seconds: positive when waits run longer than planned
 * @param transfers    mean transfers − maximum hand-offs: positive when contacts are handed on more than planned
 * @param fcr          first-contact resolution − target FCR, as a fraction (0.05 = 5 points): negative when below plan
 */
public record EffortGaps(Double ces, Double waitP90, Double transfers, Double fcr) implements Serializable {
}
