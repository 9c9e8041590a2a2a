package io.blueprint.reports.effort;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.TTest;

import java.math.BigDecimal;

/**
 * The statistics of the effort reports: Student's t interval of a mean, the status against a target, Welch's
 * t-test of two means from their summaries and the pooled two-proportion z-test. The distributions are Apache
 * Commons Math's.
 */
final class EffortStatistics {

    /** Two-sided tests are significant below this p-value. */
    static final double SIGNIFICANCE = 0.05;

    private EffortStatistics() {
    }

    /** A mean's 95 % interval, {@code mean ± t(0.975, n − 1) · s / √n}. */
    record Interval(double low, double high) {
    }

    /** The 95 % confidence interval of the tally's mean CES; null below 2 answers. */
    static Interval cesInterval(Tally tally) {
        long n = tally.cesAnswers();
        if (n < 2) {
            return null;
        }
        double mean = tally.cesMean();
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * tally.cesSd() / Math.sqrt(n);
        return new Interval(mean - half, mean + half);
    }

    /** The status of a tally's CES against the target (see {@link EffortStatus} for the order of the rules). */
    static EffortStatus status(Tally tally, BigDecimal targetCes, int minimumResponses) {
        if (targetCes == null) {
            return EffortStatus.NO_TARGET;
        }
        long n = tally.cesAnswers();
        if (n < minimumResponses || n < 2) {
            return EffortStatus.TOO_FEW_RESPONSES;
        }
        if (tally.cesMeanAtLeast(targetCes)) {
            return EffortStatus.ON_TARGET;
        }
        return cesInterval(tally).high() >= targetCes.doubleValue() ? EffortStatus.AT_RISK : EffortStatus.OFF_TARGET;
    }

    /** Welch's t-test of two means: the statistic, the Welch–Satterthwaite degrees of freedom, the two-sided p-value. */
    record Welch(double t, double degreesOfFreedom, double p) {
    }

    /**
     * Welch's t-test of mean 2 against mean 1 from the summaries (n, mean, sample variance), with Commons Math's
     * {@link TTest}; null when either side has fewer than 2 values or both have no spread at all (the statistic is
     * then undefined).
     */
    static Welch welch(long n1, double mean1, double variance1, long n2, double mean2, double variance2) {
        if (n1 < 2 || n2 < 2 || (variance1 == 0 && variance2 == 0)) {
            return null;
        }
        StatisticalSummaryValues one = new StatisticalSummaryValues(mean1, variance1, n1, Double.NaN, Double.NaN, mean1 * n1);
        StatisticalSummaryValues two = new StatisticalSummaryValues(mean2, variance2, n2, Double.NaN, Double.NaN, mean2 * n2);
        TTest test = new TTest();
        double a = variance1 / n1;
        double b = variance2 / n2;
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        return new Welch(test.t(two, one), df, test.tTest(one, two));
    }

    /** The pooled two-proportion z-test: the statistic and its two-sided p-value. */
    record ZTest(double z, double p) {
    }

    /**
     * The pooled two-proportion z-test of {@code x2/n2} against {@code x1/n1}:
     * {@code z = (p2 − p1) / √(p(1 − p)(1/n1 + 1/n2))} with {@code p = (x1 + x2)/(n1 + n2)}, two-sided
     * {@code p = 2(1 − Φ(|z|))}; null when either side is empty or the pooled share is 0 or 1 (no variance).
     */
    static ZTest twoProportions(long x1, long n1, long x2, long n2) {
        if (n1 == 0 || n2 == 0) {
            return null;
        }
        double pooled = (double) (x1 + x2) / (n1 + n2);
        if (pooled == 0 || pooled == 1) {
            return null;
        }
        double z = ((double) x2 / n2 - (double) x1 / n1) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double p = 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
        return new ZTest(z, p);
    }
}
