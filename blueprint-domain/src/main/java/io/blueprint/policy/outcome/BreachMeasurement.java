package io.blueprint.policy.outcome;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How often a guarantee was broken and what it cost: every measured occurrence at its touchpoints is judged by the
 * version in force on the occurrence's day, and every breach is priced by that version's refund rules.
 * <ul>
 *   <li>Times compare in seconds (a threshold of 2 minutes is 120 s); business days count the business days after
 *   the start's day up to and including the end's day ({@link BusinessCalendar#businessDaysBetween}).</li>
 *   <li>A breach's size is how far the measured value lies beyond the threshold, in the rule's breach unit:
 *   minutes, hours or days of a time, business days of a business-day promise, the excess of a count, or one per
 *   breach for occurrences.</li>
 *   <li>Each breach is priced by {@link RefundRuleTerms#compensation}, capped per breach. Automatic payouts count in
 *   full; on-claim remedies count {@code owed × claim rate}, rounded once per rule and month to the currency's
 *   smallest unit.</li>
 * </ul>
 * Pure: the caller reads the occurrences; the same occurrences give the same figures.
 */
public final class BreachMeasurement {

    private static final BigDecimal MINUTE = BigDecimal.valueOf(60);
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal DAY = BigDecimal.valueOf(86_400);
    /** Minutes, hours and days from seconds keep six decimals, rounded up: no whole block is lost or invented. */
    private static final int BREACH_SCALE = 6;

    private final ZoneId zone;
    private final BusinessCalendar calendar;
    private final BigDecimal claimRate;

    public BreachMeasurement(ZoneId zone, BusinessCalendar calendar, BigDecimal claimRate) {
        this.zone = zone;
        this.calendar = calendar;
        this.claimRate = claimRate;
    }

    /** Why a condition cannot be measured at these touchpoints, or null when it can. */
    public static Unmeasurable unmeasurable(GuaranteeCondition condition, List<String> touchpointCodes) {
        if (condition == null || !condition.isMeasurable()) {
            return Unmeasurable.INCOMPLETE;
        }
        List<Reading> readings = Reading.of(condition.getMetric());
        if (readings.isEmpty()) {
            return Unmeasurable.NO_MEASUREMENT;
        }
        if (readings.get(0).isDuration() != isTime(condition.getUnit())) {
            return Unmeasurable.UNIT_MISMATCH;
        }
        return touchpointCodes.isEmpty() ? Unmeasurable.NO_TOUCHPOINT : null;
    }

    private static boolean isTime(ConditionUnit unit) {
        return switch (unit) {
            case SECONDS, MINUTES, HOURS, DAYS, BUSINESS_DAYS -> true;
            case PERCENT, COUNT -> false;
        };
    }

    /**
     * The outcome from {@code from} to {@code to} (both included) of the versions in {@code versions}: each
     * occurrence counts under the version in force on its day, occurrences on days no version covers are left out.
     * All versions must be measurable with the same readings (a guarantee's metric does not change between versions;
     * the caller checks).
     */
    public Outcome measure(List<VersionSpan> versions, LocalDate from, LocalDate to, Iterable<Occurrence> occurrences) {
        Measuring measuring = measuring(versions, from, to);
        occurrences.forEach(measuring);
        return measuring.outcome();
    }

    /** The same as {@link #measure}, fed one occurrence at a time (a reader streaming rows). */
    public Measuring measuring(List<VersionSpan> versions, LocalDate from, LocalDate to) {
        return new Measuring(List.copyOf(versions), from, to);
    }

    /** Judges and prices occurrences as they come; {@link #outcome()} sums them up. */
    public final class Measuring implements java.util.function.Consumer<Occurrence> {
        private final List<VersionSpan> versions;
        private final LocalDate from;
        private final LocalDate to;
        private final Map<YearMonth, Tally> months = new TreeMap<>();
        private final Tally total = new Tally();

        private Measuring(List<VersionSpan> versions, LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends before it starts");
            }
            this.versions = versions;
            this.from = from;
            this.to = to;
            for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                months.put(month, new Tally());
            }
        }

        @Override
        public void accept(Occurrence occurrence) {
            if (occurrence.day().isBefore(from) || occurrence.day().isAfter(to)) {
                return;
            }
            VersionSpan version = versionOn(versions, occurrence.day());
            if (version == null || !version.terms().touchpointCodes().contains(occurrence.touchpoint())
                    || !version.terms().readings().contains(occurrence.reading())) {
                return;
            }
            BigDecimal excess = excess(version.terms().condition(), occurrence);
            months.get(YearMonth.from(occurrence.day())).add(version, occurrence, excess);
            total.add(version, occurrence, excess);
        }

        public Outcome outcome() {
            for (Map.Entry<YearMonth, Tally> month : months.entrySet()) {
                LocalDate first = max(month.getKey().atDay(1), from);
                LocalDate last = min(month.getKey().atEndOfMonth(), to);
                for (VersionSpan version : versions) {
                    if (overlaps(version, first, last)) {
                        month.getValue().revisions.add(version.revision());
                        total.revisions.add(version.revision());
                    }
                }
            }
            List<OutcomeMonth> result = new ArrayList<>();
            months.forEach((month, tally) -> result.add(new OutcomeMonth(month, tally.figures(versions))));
            List<Reading> readings = versions.isEmpty() ? List.of() : versions.get(versions.size() - 1).terms().readings();
            return new Outcome(from, to, readings, null, result, total.figures(versions));
        }
    }

    /** An outcome that says why there is none. */
    public static Outcome unmeasured(LocalDate from, LocalDate to, Unmeasurable why) {
        return new Outcome(from, to, List.of(), why, List.of(), new OutcomeFigures(List.of(), 0, 0, 0, List.of()));
    }

    private static boolean overlaps(VersionSpan version, LocalDate first, LocalDate last) {
        return !version.from().isAfter(last) && (version.to() == null || !version.to().isBefore(first));
    }

    private static VersionSpan versionOn(List<VersionSpan> versions, LocalDate day) {
        for (VersionSpan version : versions) {
            if (version.covers(day)) {
                return version;
            }
        }
        return null;
    }

    /**
     * How far the occurrence lies beyond the threshold, in the condition's own terms (seconds for times, business days,
     * or the count), or null when it keeps the promise. Zero is a breach of a strict promise met exactly.
     */
    BigDecimal excess(GuaranteeCondition condition, Occurrence occurrence) {
        BigDecimal measured;
        BigDecimal threshold = condition.getThreshold();
        switch (condition.getUnit()) {
            case BUSINESS_DAYS -> measured = BigDecimal.valueOf(calendar.businessDaysBetween(occurrence.day(),
                    occurrence.end().atZone(zone).toLocalDate()));
            case SECONDS, MINUTES, HOURS, DAYS -> {
                measured = BigDecimal.valueOf(occurrence.seconds());
                threshold = threshold.multiply(secondsOf(condition.getUnit()));
            }
            default -> measured = BigDecimal.valueOf(occurrence.count());
        }
        ConditionOperator operator = condition.getOperator();
        if (operator.holds(measured, threshold)) {
            return null;
        }
        BigDecimal beyond = operator == ConditionOperator.AT_MOST || operator == ConditionOperator.LESS_THAN
                ? measured.subtract(threshold) : threshold.subtract(measured);
        return beyond.max(BigDecimal.ZERO);
    }

    private static BigDecimal secondsOf(ConditionUnit unit) {
        return switch (unit) {
            case MINUTES -> MINUTE;
            case HOURS -> HOUR;
            case DAYS -> DAY;
            default -> BigDecimal.ONE;
        };
    }

    /** A breach's size in a rule's breach unit, from its excess in the condition's terms. */
    static BigDecimal breachSize(ConditionUnit conditionUnit, BreachUnit breachUnit, BigDecimal excess) {
        if (breachUnit == null || breachUnit == BreachUnit.OCCURRENCES) {
            return BigDecimal.ONE;
        }
        if (conditionUnit == ConditionUnit.BUSINESS_DAYS) {
            return switch (breachUnit) {
                case MINUTES -> excess.multiply(BigDecimal.valueOf(1440));
                case HOURS -> excess.multiply(BigDecimal.valueOf(24));
                default -> excess;
            };
        }
        if (conditionUnit == ConditionUnit.COUNT || conditionUnit == ConditionUnit.PERCENT) {
            return excess;
        }
        BigDecimal unit = switch (breachUnit) {
            case MINUTES -> MINUTE;
            case HOURS -> HOUR;
            default -> DAY;
        };
        return excess.divide(unit, BREACH_SCALE, RoundingMode.CEILING);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Sums of one month or of the whole period. */
    private final class Tally {
        final Set<Integer> revisions = new TreeSet<>();
        long measured;
        long breaches;
        final Set<String> customers = new HashSet<>();
        long anonymousBreaches;
        /** Per version and rule position: owed and unpriced. */
        final Map<String, BigDecimal> owed = new LinkedHashMap<>();
        final Map<String, Long> unpriced = new LinkedHashMap<>();

        void add(VersionSpan version, Occurrence occurrence, BigDecimal excess) {
            measured++;
            if (excess == null) {
                return;
            }
            breaches++;
            if (occurrence.customer() == null) {
                anonymousBreaches++;
            } else {
                customers.add(occurrence.customer());
            }
            List<RefundRuleTerms> rules = version.terms().rules();
            for (int position = 0; position < rules.size(); position++) {
                RefundRuleTerms rule = rules.get(position);
                String key = version.revision() + "/" + position;
                owed.putIfAbsent(key, BigDecimal.ZERO);
                unpriced.putIfAbsent(key, 0L);
                if (rule.amountKind() == AmountKind.PERCENT_OF_ORDER && rule.amount() != null
                        && (occurrence.orderValue() == null || !rule.currency().equals(occurrence.currency()))) {
                    unpriced.merge(key, 1L, Long::sum);
                    continue;
                }
                BigDecimal size = breachSize(version.terms().condition().getUnit(), rule.breachUnit(), excess);
                owed.merge(key, rule.compensation(occurrence.orderValue(), size), BigDecimal::add);
            }
        }

        OutcomeFigures figures(List<VersionSpan> versions) {
            List<RuleCost> costs = new ArrayList<>();
            for (VersionSpan version : versions) {
                if (!revisions.contains(version.revision())) {
                    continue;
                }
                List<RefundRuleTerms> rules = version.terms().rules();
                for (int position = 0; position < rules.size(); position++) {
                    RefundRuleTerms rule = rules.get(position);
                    String key = version.revision() + "/" + position;
                    BigDecimal sum = owed.getOrDefault(key, BigDecimal.ZERO);
                    int digits = Math.max(Currency.getInstance(rule.currency()).getDefaultFractionDigits(), 0);
                    sum = sum.setScale(digits, RoundingMode.HALF_UP);
                    BigDecimal expected = rule.payout() == Payout.AUTOMATIC ? sum
                            : sum.multiply(claimRate).setScale(digits, RoundingMode.HALF_UP);
                    costs.add(new RuleCost(version.revision(), position, rule, sum, expected,
                            unpriced.getOrDefault(key, 0L)));
                }
            }
            return new OutcomeFigures(List.copyOf(revisions), measured, breaches, customers.size() + anonymousBreaches,
                    costs);
        }
    }
}
