package io.blueprint.shared;

import java.time.LocalDate;

/** The days Blueprint reasons about: years 1900 to 9999, what every database and every reader handles. */
public final class Dates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private Dates() {
    }

    /** Refuses a day outside 1900–9999, said of {@code field}. */
    public static LocalDate requireSupported(LocalDate day, String field) {
        if (day != null && (day.isBefore(FIRST) || day.isAfter(LAST))) {
            throw new DomainException("date.outOfRange", FIRST.getYear(), LAST.getYear()).at(field);
        }
        return day;
    }
}
