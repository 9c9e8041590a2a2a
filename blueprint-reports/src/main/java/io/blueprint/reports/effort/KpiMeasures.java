package io.blueprint.reports.effort;

import io.blueprint.journey.KpiDirection;
import io.blueprint.journey.KpiMetric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A KPI's measured value from a touchpoint's tally, in the KPI's unit, and whether it meets the target. Values are
 * kept as exact fractions until they are compared, so that 70 % measured against a 70 % target is met, not missed
 * by a rounding error.
 */
final class KpiMeasures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An exact measured value {@code numerator / denominator} in the KPI's unit, and the sample it rests on. */
    private record Measured(BigDecimal numerator, BigDecimal denominator, long sample) {

        double value() {
            return numerator.divide(denominator, MathContext.DECIMAL64).doubleValue();
        }

        /** −1, 0 or 1 as the value is below, at or above {@code target}. */
        int compareTo(BigDecimal target) {
            return numerator.compareTo(target.multiply(denominator));
        }
    }

    private KpiMeasures() {
    }

    static KpiAttainment attainment(PlannedTouchpoint touchpoint, PlannedTouchpoint.PlannedKpi kpi, Tally tally) {
        Integer threshold = null;
        Measured measured;
        boolean measurable = true;
        BigDecimal percent = KpiUnits.isPercent(kpi.unit()) ? HUNDRED : BigDecimal.ONE;
        switch (kpi.metric()) {
            case CES:
                measured = ratio(tally.cesHalfPointSum(), 2 * tally.cesAnswers(), BigDecimal.ONE, tally.cesAnswers());
                break;
            case CSAT:
                measured = ratio(tally.csatSatisfied, tally.csatResponses, percent, tally.csatResponses);
                break;
            case NPS:
                measured = ratio(tally.npsPromoters - tally.npsDetractors, tally.npsResponses, HUNDRED, tally.npsResponses);
                break;
            case FIRST_CONTACT_RESOLUTION:
                measured = ratio(tally.resolvedFirst, tally.contacts, percent, tally.contacts);
                break;
            case REPEAT_CONTACT_RATE_7D:
                measured = ratio(tally.repeated, tally.contacts, percent, tally.contacts);
                break;
            case TRANSFER_RATE:
                measured = ratio(tally.transferred, tally.contacts, percent, tally.contacts);
                break;
            case CHANNEL_SWITCH_RATE:
                measured = ratio(tally.channelSwitches, tally.repeated, percent, tally.repeated);
                break;
            case SERVICE_LEVEL:
                threshold = KpiUnits.thresholdSeconds(kpi.unit());
                if (threshold == null || threshold > Tally.WAIT_OVERFLOW - 1) {
                    measurable = false;
                    measured = null;
                } else {
                    measured = ratio(tally.waitsWithin(threshold), tally.waitCount(), percent, tally.waitCount());
                }
                break;
            case WAIT_TIME_P50:
            case WAIT_TIME_P90:
                Integer wait = tally.waitPercentile(kpi.metric() == KpiMetric.WAIT_TIME_P50 ? 50 : 90);
                int scale = KpiUnits.waitScale(kpi.unit());
                if (wait != null && wait >= Tally.WAIT_OVERFLOW
                        && kpi.target().multiply(BigDecimal.valueOf(scale)).compareTo(BigDecimal.valueOf(Tally.WAIT_OVERFLOW - 1)) >= 0) {
                    // longer than the hour the histogram holds exactly, against a target beyond it: cannot tell
                    measurable = false;
                    measured = null;
                } else {
                    measured = wait == null ? null
                            : new Measured(BigDecimal.valueOf(wait), BigDecimal.valueOf(scale), tally.waitCount());
                }
                break;
            default:
                // complaints: Blueprint imports no complaints
                measurable = false;
                measured = null;
                break;
        }
        KpiOutcome outcome;
        if (!measurable) {
            outcome = KpiOutcome.NOT_MEASURABLE;
        } else if (measured == null) {
            outcome = KpiOutcome.NO_DATA;
        } else {
            int c = measured.compareTo(kpi.target());
            boolean met = kpi.direction() == KpiDirection.LOWER_IS_BETTER ? c <= 0 : c >= 0;
            outcome = met ? KpiOutcome.MET : KpiOutcome.MISSED;
        }
        return new KpiAttainment(kpi.id(), touchpoint.code(), touchpoint.stage(), kpi.metric(), kpi.target(), kpi.unit(),
                kpi.direction(), threshold, measured == null ? null : measured.value(),
                measured == null ? sampleOf(kpi, tally) : measured.sample(), outcome);
    }

    /** {@code part / whole × scale}, or null (no data) when the whole is 0. */
    private static Measured ratio(long part, long whole, BigDecimal scale, long sample) {
        return whole == 0 ? null : new Measured(BigDecimal.valueOf(part).multiply(scale), BigDecimal.valueOf(whole), sample);
    }

    private static long sampleOf(PlannedTouchpoint.PlannedKpi kpi, Tally tally) {
        switch (kpi.metric()) {
            case CES:
                return tally.cesAnswers();
            case CSAT:
                return tally.csatResponses;
            case NPS:
                return tally.npsResponses;
            case CHANNEL_SWITCH_RATE:
                return tally.repeated;
            case COMPLAINTS:
                return 0;
            default:
                return tally.contacts;
        }
    }
}
