package io.blueprint.reports.policy.wording;

import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A guarantee's terms in the reader's words, the one wording of every surface (the guarantee page,
 * the public charter and its API, every export): the condition, what a refund rule pays and up to
 * what cap, how it is paid, and where to claim. Numbers follow the reader's language; money has its
 * currency's digits ("USD 1.50", Korean "1,000원"); points are points, not money; a per-unit amount
 * says "started", because {@link io.blueprint.policy.RefundRule#compensation} pays every started block.
 */
public final class GuaranteeWording {

    /** What stands in for a part of the terms a draft has not given yet. */
    public static final String MISSING = "—";

    private final PolicyLabels labels;

    public GuaranteeWording(PolicyLabels labels) {
        this.labels = labels;
    }

    public Locale locale() {
        return labels.locale();
    }

    /** "Wait before being served: at most 120 seconds", "응대까지 대기 시간: 120초 이하". */
    public String condition(GuaranteeCondition c) {
        if (c == null) {
            return MISSING;
        }
        return labels.text("guaranteeText.condition", nameOrMissing(c.getMetric()), nameOrMissing(c.getOperator()),
                quantity(c));
    }

    /** "120 seconds", "1 business day", "99.5%", "120초". */
    private String quantity(GuaranteeCondition c) {
        if (c.getThreshold() == null) {
            return MISSING;
        }
        if (c.getUnit() == null) {
            return number(c.getThreshold());
        }
        return labels.text("guaranteeText.quantity." + c.getUnit().name(), c.getThreshold());
    }

    /**
     * What the rule pays, before any cap: "USD 1.50 for every started 10 minutes", "1,000 points",
     * "5% of the order value", "시작된 1일마다 1,000원".
     */
    public String amount(RefundRuleTerms rule) {
        if (rule.amountKind() == null || rule.amount() == null) {
            return MISSING;
        }
        return switch (rule.amountKind()) {
            case FIXED -> sum(rule, rule.amount());
            case PERCENT_OF_ORDER -> labels.text(isPoints(rule) ? "guaranteeText.amount.PERCENT_OF_ORDER.points"
                    : "guaranteeText.amount.PERCENT_OF_ORDER", number(rule.amount()));
            case PER_BREACH_UNIT -> rule.breachUnit() == null ? sum(rule, rule.amount())
                    : labels.text("guaranteeText.amount.PER_BREACH_UNIT", sum(rule, rule.amount()),
                    labels.text("guaranteeText.every." + rule.breachUnit().name(),
                            rule.breachUnitSize() == null ? 1 : rule.breachUnitSize()));
        };
    }

    /** "at most USD 20.00 in all", "최대 5,000포인트", or empty when the rule has no cap. */
    public String cap(RefundRuleTerms rule) {
        return rule.cap() == null ? "" : labels.text("guaranteeText.cap", sum(rule, rule.cap()));
    }

    /** The remedy as one sentence: "Points credit: 100 points for every started 10 minutes, at most 500 points in all." */
    public String remedy(RefundRuleTerms rule) {
        String cap = cap(rule);
        return labels.text(cap.isEmpty() ? "guaranteeText.remedy" : "guaranteeText.remedy.capped",
                rule.remedy() == null ? MISSING : labels.name(rule.remedy()), amount(rule), cap);
    }

    /** How it is paid: "Paid automatically: you do not need to claim.", "Claim within 30 days.", "Paid when you claim." */
    public String payout(RefundRuleTerms rule) {
        if (rule.payout() == Payout.AUTOMATIC) {
            return labels.text("guaranteeText.automatic");
        }
        return rule.claimDeadlineDays() == null ? labels.text("guaranteeText.onClaim")
                : labels.text("guaranteeText.claimWithin", rule.claimDeadlineDays());
    }

    /** One way to claim, in words and with a link where there is one. */
    public ClaimLine claimChannel(ClaimChannel channel) {
        String postalCode = channel.getPostalCode() == null ? null
                : labels.text("guaranteeText.postalCode", channel.getPostalCode());
        return new ClaimLine(channel.getKind(), labels.name(channel.getKind()),
                channel.getContact() == null ? "" : channel.getContact(), postalCode, href(channel));
    }

    public List<ClaimLine> claimChannels(List<ClaimChannel> channels) {
        return channels.stream().map(this::claimChannel).toList();
    }

    /**
     * One way to claim: "Post: 서울특별시 중구 세종대로 110 (postal code 04524)". A page shows the contact as a
     * link to {@code href} where there is one, with the same words around it.
     *
     * @param label      the kind in words ("Post")
     * @param postalCode the postal code in words ("(postal code 04524)"), or null
     * @param href       where a link to it leads (https, mailto:, tel:), or null for a postal address or unusable details
     */
    public record ClaimLine(ClaimChannelKind kind, String label, String contact, String postalCode, String href) {

        public String text() {
            return label + ": " + contact + (postalCode == null ? "" : " " + postalCode);
        }
    }

    /** A sum of a rule: points for a points credit, otherwise money in the rule's currency. */
    private String sum(RefundRuleTerms rule, BigDecimal sum) {
        return isPoints(rule) ? labels.text("guaranteeText.points", plain(sum)) : money(sum, rule.currency());
    }

    private static boolean isPoints(RefundRuleTerms rule) {
        return rule.remedy() == Remedy.POINTS_CREDIT;
    }

    /**
     * "USD 1.50", "KRW 1,000", Korean "1,000원": grouped in the reader's language, with the currency's
     * own number of decimals. A language may word a currency its own way ("guaranteeText.money.KRW").
     */
    public String money(BigDecimal amount, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String number = format.format(amount);
        String own = "guaranteeText.money." + currency.getCurrencyCode();
        return labels.has(own) ? labels.text(own, number) : labels.text("guaranteeText.money", number, currency.getCurrencyCode());
    }

    /** "12.5", "1,440": a number as the reader's language writes it, without trailing zeros. */
    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(plain(value).scale(), 0));
        return format.format(value);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Where a link to the channel leads, or null for a postal address or details a customer could not use. */
    private static String href(ClaimChannel channel) {
        if (!channel.isComplete()) {
            return null;
        }
        return switch (channel.getKind()) {
            case WEB -> channel.getContact();
            case EMAIL -> "mailto:" + channel.getContact();
            case PHONE -> "tel:" + channel.getContact().replaceAll("[^0-9+]", "");
            case POST -> null;
        };
    }

    private String nameOrMissing(Enum<?> value) {
        return value == null ? MISSING : labels.name(value);
    }
}
