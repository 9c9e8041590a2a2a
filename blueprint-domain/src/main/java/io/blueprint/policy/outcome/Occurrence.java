package io.blueprint.policy.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One measured thing a guarantee promises about: a contact or a case at one of its touchpoints.
 *
 * @param reading    what was measured
 * @param touchpoint the touchpoint's code
 * @param day        the company day it is counted on (the day it started): the version in force that day judges it
 * @param start      when it started (a contact's start, a case's opening)
 * @param end        when the measured duration ended (answered, resolved, closed); null for a count reading
 * @param count      the counted value of a count reading (transfers; 1 for a repeated contact); 0 for durations
 * @param orderValue the order's value, or null when the row has none
 * @param currency   the order value's ISO currency, or null
 * @param customer   the customer's keyed hash, or null when the row names none
 */
public record Occurrence(Reading reading, String touchpoint, LocalDate day, Instant start, Instant end, long count, BigDecimal orderValue, String currency,
                         String customer) {

    /** A duration from {@code start} to {@code end}. */
    public static Occurrence timed(Reading reading, String touchpoint, LocalDate day, Instant start, Instant end,
                                   BigDecimal orderValue, String currency, String customer) {
        return new Occurrence(reading, touchpoint, day, start, end, 0, orderValue, currency, customer);
    }

    /** A count. */
    public static Occurrence counted(Reading reading, String touchpoint, LocalDate day, Instant start, long count,
                                     BigDecimal orderValue, String currency, String customer) {
        return new Occurrence(reading, touchpoint, day, start, null, count, orderValue, currency, customer);
    }

    /** Seconds from start to end. */
    public long seconds() {
        return end.getEpochSecond() - start.getEpochSecond();
    }
}
