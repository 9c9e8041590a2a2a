package io.blueprint.reports.policy.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.blueprint.journey.Channel;
import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;
import io.blueprint.reports.policy.PublishedGuarantee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One guarantee version as every export format carries it, in no language: codes and enum names,
 * ISO dates, exact decimals. Its JSON form, field order fixed here, is the canonical form the
 * checksum is taken over.
 *
 * @param lastDayInForce the last day this version is (or was) in force, or null when open-ended
 */
@JsonPropertyOrder({"code", "revision", "serviceId", "service", "title", "promise", "condition", "scope",
        "exclusions", "claimChannels", "effectiveFrom", "lastDayInForce", "touchpoints", "refundRules", "owner",
        "approvedBy", "approvedAt"})
public record ExportedGuarantee(String code, int revision, long serviceId, String service, String title,
                                String promise, Condition condition, String scope, List<String> exclusions,
                                List<ClaimChannel> claimChannels, LocalDate effectiveFrom, LocalDate lastDayInForce,
                                List<Touchpoint> touchpoints, List<RefundRule> refundRules, String owner,
                                String approvedBy, Instant approvedAt) {

    /** The measurable promise: metric, operator, threshold, unit; parts a draft left open are null. */
    @JsonPropertyOrder({"metric", "operator", "threshold", "unit"})
    public record Condition(GuaranteeMetric metric, ConditionOperator operator, BigDecimal threshold,
                            ConditionUnit unit) {

        /** The condition as the domain holds it, for the wording. */
        public GuaranteeCondition asTerms() {
            return new GuaranteeCondition(metric, operator, threshold, unit);
        }
    }

    /** Where to claim; the postal code only for postal claims. */
    @JsonPropertyOrder({"kind", "contact", "postalCode"})
    public record ClaimChannel(ClaimChannelKind kind, String contact, String postalCode) {

        /** The channel as the domain holds it, for the wording. */
        public io.blueprint.policy.ClaimChannel asTerms() {
            return new io.blueprint.policy.ClaimChannel(kind, contact, postalCode);
        }
    }

    /** A touchpoint the promise is kept at; channel null when no touchpoint has the code any more. */
    @JsonPropertyOrder({"code", "channel"})
    public record Touchpoint(String code, Channel channel) {
    }

    /** What a customer gets when the promise is broken. Money is an exact decimal in the ISO currency. */
    @JsonPropertyOrder({"remedy", "amountKind", "amount", "breachUnit", "breachUnitSize", "cap", "currency",
            "payout", "claimSteps", "claimDeadlineDays"})
    public record RefundRule(Remedy remedy, AmountKind amountKind, BigDecimal amount, BreachUnit breachUnit,
                             Integer breachUnitSize, BigDecimal cap, String currency, Payout payout,
                             List<String> claimSteps, Integer claimDeadlineDays) {

        /** The rule as the domain holds it, for the wording. */
        public RefundRuleTerms asTerms() {
            return new RefundRuleTerms(remedy, amountKind, amount, breachUnit, breachUnitSize, cap, currency, payout,
                    claimSteps, claimDeadlineDays);
        }
    }

    /** The version as the read model shows it. */
    public static ExportedGuarantee of(PublishedGuarantee g) {
        var c = g.condition();
        Condition condition = c == null ? new Condition(null, null, null, null)
                : new Condition(c.getMetric(), c.getOperator(), exact(c.getThreshold()), c.getUnit());
        return new ExportedGuarantee(g.code(), g.revision(), g.serviceId(), g.serviceName(), g.title(), g.promise(),
                condition, g.scope(), List.copyOf(g.exclusions()),
                g.claimChannels().stream().map(ch -> new ClaimChannel(ch.getKind(), ch.getContact(), ch.getPostalCode()))
                        .toList(),
                g.effectiveFrom(), g.lastDayInForce(),
                g.touchpoints().stream().map(t -> new Touchpoint(t.code(), t.channel())).toList(),
                g.refundRules().stream().map(r -> new RefundRule(r.remedy(), r.amountKind(), exact(r.amount()),
                        r.breachUnit(), r.breachUnitSize(), exact(r.cap()), r.currency(), r.payout(), List.copyOf(r.claimSteps()),
                        r.claimDeadlineDays())).toList(),
                g.owner(), g.approvedBy(), g.approvedAt());
    }

    /**
     * A decimal without trailing zeros ("2000.00" → 2000, "12.50" → 12.5): the same amount always has
     * one form, whatever scale the database keeps it in, so the canonical form and its checksum depend
     * on the value only.
     */
    private static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** "CARE-CALL-2MIN v2": how every format names a version. */
    public String version() {
        return code + " v" + revision;
    }
}
