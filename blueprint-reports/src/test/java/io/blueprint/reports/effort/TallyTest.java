package io.blueprint.reports.effort;

import io.blueprint.measurement.CesScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TallyTest {

    @Test
    void ces1AnswersCountOnTheCes2ScaleAsOnePlusFiveMinusTheAnswerTimesOneAndAHalf() {
        // CES 1.0: 1 = very low effort … 5 = very high; 1 → 7, 2 → 5.5, 3 → 4, 4 → 2.5, 5 → 1
        for (int answer = 1; answer <= 5; answer++) {
            Tally one = Answers.add(new Tally(), CesScale.CES1, answer);
            assertThat(one.cesMean()).as("CES 1.0 answer %d", answer).isEqualTo(1 + (5 - answer) * 1.5);
        }
        // CES 1.0 answers 2 and 4 (5.5 and 2.5) beside CES 2.0 answers 4 and 6: mean (5.5 + 2.5 + 4 + 6) / 4 = 4.5
        Tally mixed = Answers.add(Answers.ces2(4, 6), CesScale.CES1, 2, 4);
        assertThat(mixed.cesMean()).isEqualTo(4.5);
        // low effort ≥ 5: 5.5 and 6; high effort ≤ 3: 2.5 only (4 is neither)
        assertThat(mixed.cesShareAtLeast(5)).isEqualTo(0.5);
        assertThat(mixed.cesShareAtMost(3)).isEqualTo(0.25);
    }

    @Test
    void theSampleStandardDeviationComesExactlyFromTheHistogram() {
        // 3, 4, 5, 6, 7: mean 5, Σ(x − 5)² = 10, s² = 10 / 4 = 2.5
        Tally tally = Answers.ces2(3, 4, 5, 6, 7);
        assertThat(tally.cesMean()).isEqualTo(5.0);
        assertThat(tally.cesVariance()).isEqualTo(2.5);
        assertThat(tally.cesSd()).isCloseTo(Math.sqrt(2.5), within(1e-15));
        // with half points: 5.5 and 2.5 around 4: s² = (1.5² + 1.5²) / 1 = 4.5
        assertThat(Answers.add(new Tally(), CesScale.CES1, 2, 4).cesVariance()).isEqualTo(4.5);
        assertThat(Answers.ces2(4).cesVariance()).as("one answer has no spread to estimate").isNull();
        assertThat(new Tally().cesMean()).isNull();
    }

    @Test
    void percentilesAreTheSmallestWaitAtOrUnderWhichAtLeastTheShareWaitedByNearestRank() {
        Tally ten = Answers.waits(100, 90, 80, 70, 60, 50, 40, 30, 20, 10);
        // N = 10: p50 rank ⌈5⌉ = 5 → 50 s; p90 rank ⌈9⌉ = 9 → 90 s
        assertThat(ten.waitPercentile(50)).isEqualTo(50);
        assertThat(ten.waitPercentile(90)).isEqualTo(90);
        // N = 11: p90 rank ⌈9.9⌉ = 10 → 100 s; p50 rank ⌈5.5⌉ = 6 → 60 s
        Tally eleven = Answers.waits(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110);
        assertThat(eleven.waitPercentile(90)).isEqualTo(100);
        assertThat(eleven.waitPercentile(50)).isEqualTo(60);
        // exactly half at or under 2 s: the median is 2, not the mean of 2 and 3
        assertThat(Answers.waits(1, 2, 3, 4).waitPercentile(50)).isEqualTo(2);
        // ties: 0, 0, 0, 5 → the median is 0
        assertThat(Answers.waits(5, 0, 0, 0).waitPercentile(50)).isEqualTo(0);
        assertThat(Answers.waits(42).waitPercentile(90)).isEqualTo(42);
        // longer than an hour lands on 3601 ("longer")
        assertThat(Answers.waits(10, 4000, 5000).waitPercentile(90)).isEqualTo(Tally.WAIT_OVERFLOW);
        assertThat(new Tally().waitPercentile(50)).isNull();
    }

    @Test
    void mergedTalliesGiveTheFiguresOfAllTheirAnswersAndContactsAsOneSample() {
        Tally a = Answers.ces2(7, 7);
        a.contacts = 4;
        a.repeated = 1;
        Tally b = Answers.ces2(1, 1, 1, 1, 1, 1);
        b.contacts = 6;
        b.repeated = 4;
        b.channelSwitches = 2;
        Tally merged = new Tally().add(a).add(b);
        // weighted by responses: (2 × 7 + 6 × 1) / 8 = 2.5, not the mean of the means (4)
        assertThat(merged.cesMean()).isEqualTo(2.5);
        assertThat(merged.repeatRate()).isEqualTo(0.5);
        assertThat(merged.channelSwitchRate()).isEqualTo(0.4);
        assertThat(a.channelSwitchRate()).isEqualTo(0.0);
        assertThat(new Tally().channelSwitchRate()).as("no repeated contacts: no rate").isNull();
    }
}
