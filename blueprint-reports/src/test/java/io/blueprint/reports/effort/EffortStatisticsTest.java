package io.blueprint.reports.effort;

import io.blueprint.measurement.CesScale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EffortStatisticsTest {

    private static final BigDecimal FIVE = new BigDecimal("5.0");

    @Test
    void theIntervalIsTheMeanPlusMinusStudentsTTimesSOverRootN() {
        // 3, 4, 5, 6, 7: mean 5, s = √2.5; t(0.975, 4) = 2.776445 (t tables)
        EffortStatistics.Interval ci = EffortStatistics.cesInterval(Answers.ces2(3, 4, 5, 6, 7));
        double half = 2.7764451051977934 * Math.sqrt(2.5) / Math.sqrt(5);
        assertThat(ci.low()).isCloseTo(5 - half, within(1e-9));
        assertThat(ci.high()).isCloseTo(5 + half, within(1e-9));
        assertThat(ci.low()).isCloseTo(3.0368, within(1e-4));
        assertThat(EffortStatistics.cesInterval(Answers.ces2(6))).as("n < 2: no interval").isNull();
    }

    @Test
    void everyStatus() {
        // 15 × 4 and 15 × 6: mean exactly 5.0 → on target (at or above)
        assertThat(EffortStatistics.status(Answers.times(Answers.times(new Tally(), 15, 4), 15, 6), FIVE, 30))
                .isEqualTo(EffortStatus.ON_TARGET);
        // 15 × 3, 14 × 7, 1 × 6: mean 149/30 = 4.967, s ≈ 1.97, t(0.975, 29) = 2.045: the interval reaches 5 → at risk
        Tally atRisk = Answers.times(Answers.times(Answers.times(new Tally(), 15, 3), 14, 7), 1, 6);
        double mean = 149 / 30.0;
        double ss = 15 * Math.pow(3 - mean, 2) + 14 * Math.pow(7 - mean, 2) + Math.pow(6 - mean, 2);
        double high = mean + 2.045229642132703 * Math.sqrt(ss / 29) / Math.sqrt(30);
        assertThat(high).isGreaterThan(5);
        assertThat(EffortStatistics.cesInterval(atRisk).high()).isCloseTo(high, within(1e-9));
        assertThat(EffortStatistics.status(atRisk, FIVE, 30)).isEqualTo(EffortStatus.AT_RISK);
        // 20 × 3, 10 × 4: mean 3.33, the whole interval below 5 → off target
        assertThat(EffortStatistics.status(Answers.times(Answers.times(new Tally(), 20, 3), 10, 4), FIVE, 30))
                .isEqualTo(EffortStatus.OFF_TARGET);
        // 29 answers, however bad, are too few under a minimum of 30
        assertThat(EffortStatistics.status(Answers.times(new Tally(), 29, 1), FIVE, 30))
                .isEqualTo(EffortStatus.TOO_FEW_RESPONSES);
        assertThat(EffortStatistics.status(new Tally(), FIVE, 30)).isEqualTo(EffortStatus.TOO_FEW_RESPONSES);
        // no target CES in the plan: nothing to compare with
        assertThat(EffortStatistics.status(Answers.times(new Tally(), 100, 7), null, 30)).isEqualTo(EffortStatus.NO_TARGET);
    }

    @Test
    void onTargetIsDecidedExactlyOnTheHalfPointScale() {
        // CES 1.0 answers 2 (5.5) and 4 (2.5) and CES 2.0 answer 7, 30 of each kind: mean (5.5 + 2.5 + 7) / 3 = 5.0 exactly
        Tally tally = new Tally();
        for (int i = 0; i < 30; i++) {
            Answers.add(tally, CesScale.CES1, 2, 4);
            Answers.add(tally, CesScale.CES2, 7);
        }
        assertThat(EffortStatistics.status(tally, FIVE, 30)).isEqualTo(EffortStatus.ON_TARGET);
        assertThat(EffortStatistics.status(tally, new BigDecimal("5.1"), 30)).isEqualTo(EffortStatus.AT_RISK);
    }

    @Test
    void welchsTestFromTheHistogramsGivesTheValuesOfATTestOverTheAnswers() {
        // before: 2, 3, 3, 4, 4, 4, 5, 5, 6, 7 (CES 2.0) and 2, 4 (CES 1.0: 5.5, 2.5) — mean 4.25, s = 1.5
        Tally before = Answers.add(Answers.ces2(2, 3, 3, 4, 4, 4, 5, 5, 6, 7), CesScale.CES1, 2, 4);
        // after: 4, 5, 5, 6, 6, 6, 7, 7, 7, 4, 5, 6, 6 (CES 2.0) and 2 (5.5)
        Tally after = Answers.add(Answers.ces2(4, 5, 5, 6, 6, 6, 7, 7, 7, 4, 5, 6, 6), CesScale.CES1, 2);
        MeanComparison ces = EffortReports.compareCes(before, after);
        assertThat(ces.beforeMean()).isEqualTo(4.25);
        assertThat(ces.beforeSd()).isCloseTo(1.5, within(1e-12));
        assertThat(ces.afterMean()).isCloseTo(5.678571428571429, within(1e-12));
        assertThat(ces.difference()).isCloseTo(5.678571428571429 - 4.25, within(1e-12));
        // SciPy 1.17: stats.ttest_ind(after, before, equal_var=False) over the same 12 and 14 answers
        assertThat(ces.t()).isCloseTo(2.8133190503651813, within(1e-9));
        assertThat(ces.degreesOfFreedom()).isCloseTo(18.58862797391573, within(1e-9));
        assertThat(ces.pValue()).isCloseTo(0.011258073612676932, within(1e-9));
        assertThat(ces.significant()).isTrue();
        // the formula by hand: t = (m2 − m1) / √(s1²/n1 + s2²/n2)
        double s2 = after.cesVariance();
        assertThat(ces.t()).isCloseTo((ces.afterMean() - 4.25) / Math.sqrt(2.25 / 12 + s2 / 14), within(1e-12));

        MeanComparison same = EffortReports.compareCes(Answers.ces2(3, 5, 4), Answers.ces2(4, 3, 5));
        assertThat(same.t()).isEqualTo(0.0);
        assertThat(same.pValue()).isCloseTo(1.0, within(1e-12));
        assertThat(same.significant()).isFalse();

        MeanComparison thin = EffortReports.compareCes(Answers.ces2(3), Answers.ces2(4, 5));
        assertThat(thin.difference()).isEqualTo(1.5);
        assertThat(thin.pValue()).as("one answer before: no test").isNull();
        assertThat(thin.significant()).isFalse();
        assertThat(EffortReports.compareCes(Answers.ces2(4, 4), Answers.ces2(6, 6)).pValue())
                .as("no spread on either side: no test").isNull();
    }

    @Test
    void theRepeatRatesAreComparedWithThePooledTwoProportionZTest() {
        // 30 of 200 before, 50 of 200 after: pooled 0.2, se = √(0.2 · 0.8 · (1/200 + 1/200)) = 0.04, z = 0.1 / 0.04 = 2.5,
        // p = 2 (1 − Φ(2.5)) = 0.0124193 (normal tables: Φ(2.5) = 0.99379)
        Tally before = new Tally();
        before.contacts = 200;
        before.repeated = 30;
        Tally after = new Tally();
        after.contacts = 200;
        after.repeated = 50;
        RateComparison repeats = EffortReports.compareRepeats(before, after);
        assertThat(repeats.beforeRate()).isEqualTo(0.15);
        assertThat(repeats.afterRate()).isEqualTo(0.25);
        assertThat(repeats.difference()).isCloseTo(0.1, within(1e-15));
        assertThat(repeats.z()).isCloseTo(2.5, within(1e-12));
        assertThat(repeats.pValue()).isCloseTo(0.012419330651552265, within(1e-12));
        assertThat(repeats.significant()).isTrue();

        // 10 of 100 against 12 of 100: pooled 0.11, z = 0.02 / √(0.11 · 0.89 · 0.02) = 0.4520
        after.contacts = 100;
        after.repeated = 12;
        before.contacts = 100;
        before.repeated = 10;
        RateComparison close = EffortReports.compareRepeats(before, after);
        assertThat(close.z()).isCloseTo(0.02 / Math.sqrt(0.11 * 0.89 * 0.02), within(1e-12));
        assertThat(close.pValue()).isCloseTo(0.6512800661041752, within(1e-12)); // SciPy: 2 * norm.sf(z)
        assertThat(close.significant()).isFalse();

        before.repeated = 0;
        after.repeated = 0;
        assertThat(EffortReports.compareRepeats(before, after).pValue()).as("no repeats on either side: no test").isNull();
        assertThat(EffortReports.compareRepeats(new Tally(), after).difference()).isNull();
    }
}
