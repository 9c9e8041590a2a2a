package io.blueprint.web.startup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMeasurementsTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    private static List<String[]> rows(String csv) {
        return Arrays.stream(csv.split("\n")).skip(1).map(line -> line.split(",", -1)).toList();
    }

    @Test
    void theSameSeedGivesTheSameMeasurementsForTheSameDay() {
        assertThat(DemoMeasurements.surveys(LAST, SEOUL)).isEqualTo(DemoMeasurements.surveys(LAST, SEOUL));
        assertThat(DemoMeasurements.contacts(LAST, SEOUL)).isEqualTo(DemoMeasurements.contacts(LAST, SEOUL));
        assertThat(DemoMeasurements.cases(LAST, SEOUL)).isEqualTo(DemoMeasurements.cases(LAST, SEOUL));
    }

    @Test
    void surveysUseBothScalesWithinTheirRangesAndThePhoneLineIsBelowItsTarget() {
        List<String[]> surveys = rows(DemoMeasurements.surveys(LAST, SEOUL));
        assertThat(surveys).hasSizeGreaterThan(2_500);
        assertThat(surveys).anyMatch(r -> r[5].equals("CES1")).anyMatch(r -> r[5].equals("CES2"));
        assertThat(surveys).allMatch(r -> r[5].equals("CES1") ? between(r[4], 1, 5) : between(r[4], 1, 7));
        double callMean = surveys.stream().filter(r -> r[1].equals("RET-CALL-01"))
                .mapToDouble(r -> r[5].equals("CES1") ? 1 + (5 - Integer.parseInt(r[4])) * 1.5 : Integer.parseInt(r[4]))
                .average().orElseThrow();
        // the demo phone line's target is 5.0: its measured effort is visibly worse
        assertThat(callMean).isBetween(3.5, 4.8);
    }

    @Test
    void sinceTheCallBackStartedThePhoneLineIsEasierAndItsCallersComeBackLess() {
        LocalDate change = LAST.minusDays(DemoMeasurements.CHANGE_DAYS_AGO);
        List<String[]> calls = rows(DemoMeasurements.surveys(LAST, SEOUL)).stream().filter(r -> r[1].equals("RET-CALL-01")).toList();
        double before = calls.stream().filter(r -> day(r[2]).isBefore(change)).mapToDouble(DemoMeasurementsTest::ces2).average().orElseThrow();
        double after = calls.stream().filter(r -> !day(r[2]).isBefore(change)).mapToDouble(DemoMeasurementsTest::ces2).average().orElseThrow();
        assertThat(after - before).isBetween(0.4, 1.0);

        // the share of calls whose customer calls again within the week, before and after
        List<String[]> contacts = rows(DemoMeasurements.contacts(LAST, SEOUL)).stream().filter(r -> r[2].equals("RET-CALL-01")).toList();
        assertThat(repeatShare(contacts, change.minusDays(28), change)).isGreaterThan(repeatShare(contacts, change, LAST.minusDays(6)) + 0.03);
    }

    private static double ces2(String[] row) {
        return row[5].equals("CES1") ? 1 + (5 - Integer.parseInt(row[4])) * 1.5 : Integer.parseInt(row[4]);
    }

    /** The day of an instant in Seoul. */
    private static LocalDate day(String instant) {
        return java.time.Instant.parse(instant).atZone(SEOUL).toLocalDate();
    }

    /** Of the contacts started in [from, to), the share whose customer contacts again within 168 h (any touchpoint among these). */
    private static double repeatShare(List<String[]> contacts, LocalDate from, LocalDate to) {
        long counted = 0;
        long repeated = 0;
        for (String[] contact : contacts) {
            LocalDate day = day(contact[3]);
            if (day.isBefore(from) || !day.isBefore(to)) {
                continue;
            }
            java.time.Instant start = java.time.Instant.parse(contact[3]);
            counted++;
            boolean again = contacts.stream().anyMatch(other -> other[1].equals(contact[1]) && other != contact
                    && java.time.Instant.parse(other[3]).isAfter(start)
                    && !java.time.Instant.parse(other[3]).isAfter(start.plusSeconds(168 * 3600)));
            repeated += again ? 1 : 0;
        }
        return (double) repeated / counted;
    }

    @Test
    void contactsHaveWaitsAroundTwoMinutesAndCustomersWhoComeBack() {
        List<String[]> contacts = rows(DemoMeasurements.contacts(LAST, SEOUL));
        long overTwoMinutes = contacts.stream().filter(r -> Integer.parseInt(r[5]) > 120).count();
        assertThat((double) overTwoMinutes / contacts.size()).isBetween(0.1, 0.6);
        Map<String, Integer> perCustomer = new HashMap<>();
        contacts.forEach(r -> perCustomer.merge(r[1], 1, Integer::sum));
        assertThat(perCustomer.values()).anyMatch(n -> n > 3);
        assertThat(contacts).allMatch(r -> !r[3].isEmpty() && LocalDate.parse(r[3].substring(0, 10)).isBefore(LAST.plusDays(1)));
    }

    private static boolean between(String value, int min, int max) {
        int n = Integer.parseInt(value);
        return n >= min && n <= max;
    }
}
