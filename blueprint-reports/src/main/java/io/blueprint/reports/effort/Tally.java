package io.blueprint.reports.effort;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rollup counters of one touchpoint (or a stage, or the journey) over some days, summed: CES histogram in
 * half points, survey counts, contact sums and the wait histogram. Merging two tallies is adding their counters,
 * so a subtotal computed from tallies is weighted by responses (and by contacts) exactly as a report over the
 * raw rows would be. Every figure is derived from the counts, so it is exact up to the double it is returned in.
 */
final class Tally {

    /** The wait histogram's overflow bucket: every wait longer than an hour is counted here. */
    static final int WAIT_OVERFLOW = 3601;

    final long[] cesHalfPoints = new long[15];
    long responses;
    long ces1Responses;
    long csatResponses;
    long csatSum;
    long csatSatisfied;
    long npsResponses;
    long npsPromoters;
    long npsDetractors;

    long contacts;
    long waitSecondsSum;
    long handleSecondsSum;
    long transfersSum;
    long transferred;
    long resolved;
    long abandoned;
    long repeated;
    long channelSwitches;
    long resolvedFirst;
    final TreeMap<Integer, Long> waits = new TreeMap<>();

    /** Adds {@code count} answers of normalised CES {@code halfPoints}/2 to the histogram (and the responses). */
    Tally ces(int halfPoints, long count) {
        cesHalfPoints[halfPoints] += count;
        return this;
    }

    /** Adds {@code count} contacts that waited {@code seconds} (3601 = longer than an hour) to the wait histogram. */
    Tally waited(int seconds, long count) {
        waits.merge(seconds, count, Long::sum);
        return this;
    }

    Tally add(Tally other) {
        for (int i = 0; i < cesHalfPoints.length; i++) {
            cesHalfPoints[i] += other.cesHalfPoints[i];
        }
        responses += other.responses;
        ces1Responses += other.ces1Responses;
        csatResponses += other.csatResponses;
        csatSum += other.csatSum;
        csatSatisfied += other.csatSatisfied;
        npsResponses += other.npsResponses;
        npsPromoters += other.npsPromoters;
        npsDetractors += other.npsDetractors;
        contacts += other.contacts;
        waitSecondsSum += other.waitSecondsSum;
        handleSecondsSum += other.handleSecondsSum;
        transfersSum += other.transfersSum;
        transferred += other.transferred;
        resolved += other.resolved;
        abandoned += other.abandoned;
        repeated += other.repeated;
        channelSwitches += other.channelSwitches;
        resolvedFirst += other.resolvedFirst;
        for (Map.Entry<Integer, Long> wait : other.waits.entrySet()) {
            waited(wait.getKey(), wait.getValue());
        }
        return this;
    }

    // ---- CES

    /** Answers in the CES histogram (the same as {@link #responses} when the rollups agree). */
    long cesAnswers() {
        long n = 0;
        for (long count : cesHalfPoints) {
            n += count;
        }
        return n;
    }

    /** Σ count × half points. */
    long cesHalfPointSum() {
        long sum = 0;
        for (int h = 0; h < cesHalfPoints.length; h++) {
            sum += cesHalfPoints[h] * h;
        }
        return sum;
    }

    /** The mean normalised CES, or null without answers. */
    Double cesMean() {
        long n = cesAnswers();
        return n == 0 ? null : cesHalfPointSum() / (2.0 * n);
    }

    /**
     * The sample variance of the normalised CES ({@code n − 1} in the denominator), computed exactly in integers
     * from the histogram as {@code (n·Σh² − (Σh)²) / (n(n − 1))} in half points, then divided by 4; null below 2 answers.
     */
    Double cesVariance() {
        long n = cesAnswers();
        if (n < 2) {
            return null;
        }
        BigInteger sum = BigInteger.ZERO;
        BigInteger squares = BigInteger.ZERO;
        for (int h = 0; h < cesHalfPoints.length; h++) {
            BigInteger count = BigInteger.valueOf(cesHalfPoints[h]);
            sum = sum.add(count.multiply(BigInteger.valueOf(h)));
            squares = squares.add(count.multiply(BigInteger.valueOf((long) h * h)));
        }
        BigInteger big = BigInteger.valueOf(n);
        BigInteger numerator = big.multiply(squares).subtract(sum.multiply(sum));
        BigInteger denominator = big.multiply(big.subtract(BigInteger.ONE)).multiply(BigInteger.valueOf(4));
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    /** The sample standard deviation of the normalised CES, null below 2 answers. */
    Double cesSd() {
        Double variance = cesVariance();
        return variance == null ? null : Math.sqrt(variance);
    }

    /** Whether the mean CES is at or above {@code target}, decided exactly: Σh ≥ 2 · target · n. */
    boolean cesMeanAtLeast(BigDecimal target) {
        long n = cesAnswers();
        return BigDecimal.valueOf(cesHalfPointSum()).compareTo(target.multiply(BigDecimal.valueOf(2L * n))) >= 0;
    }

    /** Share of answers at or above {@code atLeast} on the normalised scale; null without answers. */
    Double cesShareAtLeast(double atLeast) {
        int from = (int) Math.ceil(atLeast * 2);
        long count = 0;
        for (int h = Math.max(0, from); h < cesHalfPoints.length; h++) {
            count += cesHalfPoints[h];
        }
        return share(count, cesAnswers());
    }

    /** Share of answers at or below {@code atMost} on the normalised scale; null without answers. */
    Double cesShareAtMost(double atMost) {
        int to = (int) Math.floor(atMost * 2);
        long count = 0;
        for (int h = 0; h <= Math.min(to, cesHalfPoints.length - 1); h++) {
            count += cesHalfPoints[h];
        }
        return share(count, cesAnswers());
    }

    // ---- contacts

    /** Contacts in the wait histogram (the same as {@link #contacts} when the rollups agree). */
    long waitCount() {
        long n = 0;
        for (long count : waits.values()) {
            n += count;
        }
        return n;
    }

    /**
     * The wait at {@code percent} by nearest rank: the smallest wait at or under which at least {@code percent} %
     * of the contacts waited (rank ⌈percent · N / 100⌉, in integers); 3601 stands for "longer than an hour".
     * Null without contacts.
     */
    Integer waitPercentile(int percent) {
        long n = waitCount();
        if (n == 0) {
            return null;
        }
        long rank = Math.max(1, (percent * n + 99) / 100);
        long seen = 0;
        for (Map.Entry<Integer, Long> wait : waits.entrySet()) {
            seen += wait.getValue();
            if (seen >= rank) {
                return wait.getKey();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + n);
    }

    /** The contacts that waited at most {@code seconds} (exact up to 3600). */
    long waitsWithin(int seconds) {
        long within = 0;
        for (long count : waits.headMap(seconds, true).values()) {
            within += count;
        }
        return within;
    }

    Double transfersMean() {
        return share(transfersSum, contacts);
    }

    /** First-contact resolution: resolved and not repeated, of all contacts. */
    Double fcrRate() {
        return share(resolvedFirst, contacts);
    }

    Double repeatRate() {
        return share(repeated, contacts);
    }

    /** Of the repeated contacts, the share whose next contact used another channel. */
    Double channelSwitchRate() {
        return share(channelSwitches, repeated);
    }

    Double transferRate() {
        return share(transferred, contacts);
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
