package io.blueprint.reports.effort;

import io.blueprint.journey.Channel;
import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KpiMeasuresTest {

    private static KpiAttainment attain(KpiMetric metric, String target, String unit, Tally tally) {
        return attain(metric, target, unit, metric.defaultDirection(), tally);
    }

    private static KpiAttainment attain(KpiMetric metric, String target, String unit, KpiDirection direction, Tally tally) {
        PlannedTouchpoint.PlannedKpi kpi = new PlannedTouchpoint.PlannedKpi(1, metric, new BigDecimal(target), unit, direction);
        PlannedTouchpoint touchpoint = new PlannedTouchpoint("RET-CALL-01", "Call", 0, "Return", Channel.PHONE,
                PlannedEffort.NONE, List.of(kpi));
        return KpiMeasures.attainment(touchpoint, kpi, tally);
    }

    private static Tally contacts(long contacts, long resolvedFirst, long repeated, long switches, long transferred) {
        Tally tally = new Tally();
        tally.contacts = contacts;
        tally.resolvedFirst = resolvedFirst;
        tally.repeated = repeated;
        tally.channelSwitches = switches;
        tally.transferred = transferred;
        return tally;
    }

    @Test
    void ratesAreInPercentWhenTheUnitSaysSoAndExactlyAtTheTargetIsMetInEitherDirection() {
        // 7 of 10 resolved first: 70 %, exactly the target (0.7 × 100 is not 70 in floating point)
        KpiAttainment fcr = attain(KpiMetric.FIRST_CONTACT_RESOLUTION, "70", "%", contacts(10, 7, 0, 0, 0));
        assertThat(fcr.measured()).isEqualTo(70.0);
        assertThat(fcr.outcome()).isEqualTo(KpiOutcome.MET);
        assertThat(fcr.sample()).isEqualTo(10);
        assertThat(attain(KpiMetric.FIRST_CONTACT_RESOLUTION, "70.01", "%", contacts(10, 7, 0, 0, 0)).outcome())
                .isEqualTo(KpiOutcome.MISSED);
        // repeat rate 3 of 10 = 30 % against at most 30 %: met; against at most 29 %: missed
        assertThat(attain(KpiMetric.REPEAT_CONTACT_RATE_7D, "30", "%", contacts(10, 0, 3, 0, 0)).outcome()).isEqualTo(KpiOutcome.MET);
        assertThat(attain(KpiMetric.REPEAT_CONTACT_RATE_7D, "29", "%", contacts(10, 0, 3, 0, 0)).outcome()).isEqualTo(KpiOutcome.MISSED);
        // a unit without % keeps the fraction
        assertThat(attain(KpiMetric.TRANSFER_RATE, "0.25", "share", contacts(8, 0, 0, 0, 2)).measured()).isEqualTo(0.25);
        // channel switches of the repeated contacts: 1 of 4
        KpiAttainment switches = attain(KpiMetric.CHANNEL_SWITCH_RATE, "20", "%", contacts(10, 0, 4, 1, 0));
        assertThat(switches.measured()).isEqualTo(25.0);
        assertThat(switches.sample()).isEqualTo(4);
        assertThat(switches.outcome()).isEqualTo(KpiOutcome.MISSED);
    }

    @Test
    void surveyKpis() {
        Tally tally = Answers.ces2(4, 5, 6);
        tally.csatResponses = 4;
        tally.csatSatisfied = 3;
        tally.npsResponses = 10;
        tally.npsPromoters = 5;
        tally.npsDetractors = 2;
        assertThat(attain(KpiMetric.CES, "5", "score", tally).outcome()).isEqualTo(KpiOutcome.MET);
        assertThat(attain(KpiMetric.CES, "5.1", "score", tally).outcome()).isEqualTo(KpiOutcome.MISSED);
        assertThat(attain(KpiMetric.CSAT, "75", "%", tally).measured()).isEqualTo(75.0);
        // NPS: (5 − 2) / 10 × 100 = 30
        KpiAttainment nps = attain(KpiMetric.NPS, "30", "score", tally);
        assertThat(nps.measured()).isEqualTo(30.0);
        assertThat(nps.outcome()).isEqualTo(KpiOutcome.MET);
    }

    @Test
    void theServiceLevelIsTheShareOfContactsWithinTheThresholdItsUnitNames() {
        Tally tally = Answers.waits(30, 60, 119, 120, 121, 300, 600, 900);
        KpiAttainment level = attain(KpiMetric.SERVICE_LEVEL, "50", "% in 120 s", tally);
        assertThat(level.thresholdSeconds()).isEqualTo(120);
        assertThat(level.measured()).isEqualTo(50.0);
        assertThat(level.outcome()).isEqualTo(KpiOutcome.MET);
        assertThat(attain(KpiMetric.SERVICE_LEVEL, "80", "% (120초 내)", tally).outcome()).isEqualTo(KpiOutcome.MISSED);
        assertThat(attain(KpiMetric.SERVICE_LEVEL, "80", "% in 2 min", tally).thresholdSeconds()).isEqualTo(120);
        assertThat(attain(KpiMetric.SERVICE_LEVEL, "80", "% (5분 내)", tally).measured()).isEqualTo(75.0);
        assertThat(attain(KpiMetric.SERVICE_LEVEL, "80", "%", tally).outcome()).as("no threshold").isEqualTo(KpiOutcome.NOT_MEASURABLE);
        assertThat(attain(KpiMetric.SERVICE_LEVEL, "80", "% in 2 h", tally).outcome()).as("beyond the exact hour")
                .isEqualTo(KpiOutcome.NOT_MEASURABLE);
        assertThat(attain(KpiMetric.SERVICE_LEVEL, "80", "% in 120 s", new Tally()).outcome()).isEqualTo(KpiOutcome.NO_DATA);
    }

    @Test
    void waitKpisAreNearestRankPercentilesInTheUnitsTheKpiUses() {
        Tally tally = Answers.waits(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
        assertThat(attain(KpiMetric.WAIT_TIME_P90, "90", "s", tally).outcome()).isEqualTo(KpiOutcome.MET);
        assertThat(attain(KpiMetric.WAIT_TIME_P90, "89", "s", tally).outcome()).isEqualTo(KpiOutcome.MISSED);
        KpiAttainment minutes = attain(KpiMetric.WAIT_TIME_P50, "1", "min", tally);
        assertThat(minutes.measured()).isCloseTo(50 / 60.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(minutes.outcome()).isEqualTo(KpiOutcome.MET);
        assertThat(attain(KpiMetric.WAIT_TIME_P50, "60", "s", new Tally()).outcome()).isEqualTo(KpiOutcome.NO_DATA);
    }

    @Test
    void complaintsAreNotMeasurableAndNothingMeasuredIsNoData() {
        KpiAttainment complaints = attain(KpiMetric.COMPLAINTS, "5", "count", contacts(100, 50, 10, 1, 5));
        assertThat(complaints.outcome()).isEqualTo(KpiOutcome.NOT_MEASURABLE);
        assertThat(complaints.measured()).isNull();
        assertThat(attain(KpiMetric.FIRST_CONTACT_RESOLUTION, "80", "%", new Tally()).outcome()).isEqualTo(KpiOutcome.NO_DATA);
        assertThat(attain(KpiMetric.CHANNEL_SWITCH_RATE, "10", "%", contacts(10, 5, 0, 0, 0)).outcome())
                .as("no repeated contacts to have switched").isEqualTo(KpiOutcome.NO_DATA);
        assertThat(attain(KpiMetric.CES, "5", "score", new Tally()).outcome()).isEqualTo(KpiOutcome.NO_DATA);
    }
}
