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
