package io.blueprint.reports.effort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Before and after a chosen day (a policy change, a redesign): {@code days} days on each side. The day itself
 * belongs to "after": before is {@code day − days … day − 1}, after is {@code day … day + days − 1}.
 */
public record BeforeAfterReport(long journeyId, LocalDate day, int days, LocalDate beforeFrom, LocalDate beforeTo,
                                LocalDate afterFrom, LocalDate afterTo, BeforeAfterRow journey,
                                List<BeforeAfterRow> touchpoints) implements Serializable {
}
