package io.blueprint.web.policy;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;
import io.blueprint.web.i18n.LocaleView;
import io.blueprint.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guarantee's terms in the reader's words: the condition as a sentence ("Wait before being
 * served: at most 120 seconds"), what a refund rule pays, where to claim, and the field names a
 * comparison shows. Presentation only; the rules stay in the domain.
 */
@Named
@RequestScoped
public class GuaranteeWording {

    private static final Pattern SEGMENT = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");
    private static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS = Map.of(
            "metric", GuaranteeMetric.class, "operator", ConditionOperator.class, "unit", ConditionUnit.class,
            "kind", ClaimChannelKind.class, "remedy", Remedy.class, "amountKind", AmountKind.class,
            "breachUnit", BreachUnit.class, "payout", Payout.class);
    private static final List<String> DATE_FIELDS = List.of("effectiveFrom", "effectiveTo");
    private static final String MISSING = "—";

    @Inject
    Messages messages;

    @Inject
    LocaleView localeView;

    /** "Wait before being served: at most 120 seconds"; a part not yet given shows as a dash. */
    public String condition(GuaranteeCondition c) {
        return conditionIn(messages.locale(), c);
    }

    /** {@link #condition} in {@code locale}, for callers outside a page (the charter API). */
    public static String conditionIn(Locale locale, GuaranteeCondition c) {
        return Messages.format(locale, "guaranteeText.condition", orMissing(c.getMetric()), orMissing(c.getOperator()),
                orMissing(c.getThreshold()), orMissing(c.getUnit()));
    }

    /** "1,000 KRW for every started 10 minutes", "5% of the order value", "3,000 KRW". */
    public String amount(RefundRuleTerms rule) {
        return amountIn(messages.locale(), rule);
    }

    /** {@link #amount} in {@code locale}. */
    public static String amountIn(Locale locale, RefundRuleTerms rule) {
        if (rule.amountKind() == null || rule.amount() == null) {
            return MISSING;
        }
        if (rule.amountKind() == AmountKind.PER_BREACH_UNIT && rule.breachUnit() != null) {
            int size = rule.breachUnitSize() == null ? 1 : rule.breachUnitSize();
            return Messages.format(locale, "guaranteeText.amount.PER_BREACH_UNIT", rule.amount(), rule.currency(),
                    Messages.format(locale, "guaranteeText.block." + rule.breachUnit().name(), size));
        }
        return Messages.format(locale, "guaranteeText.amount." + rule.amountKind().name(), rule.amount(), rule.currency());
    }

    /** "at most 5,000 KRW in all", or empty when the rule has no cap. */
    public String cap(RefundRuleTerms rule) {
        return capIn(messages.locale(), rule);
    }

    /** {@link #cap} in {@code locale}. */
    public static String capIn(Locale locale, RefundRuleTerms rule) {
        return rule.cap() == null ? "" : Messages.format(locale, "guaranteeText.cap", rule.cap(), rule.currency());
    }

    /**
     * Where a link to the channel leads (https, mailto:, tel:), or null for a postal address or
     * details a customer could not use, which are shown as text only.
     */
    public String href(ClaimChannel channel) {
        return linkTo(channel);
    }

    /** {@link #href}, for callers outside a page. */
    public static String linkTo(ClaimChannel channel) {
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

    public String date(LocalDate day) {
        return day == null ? "" : localeView.date(day);
    }

    /** "from Nov 20, 2026", "Nov 20, 2026 – Dec 31, 2026". */
    public String period(LocalDate from, LocalDate lastDay) {
        return lastDay == null ? messages.get("guaranteeText.since", date(from))
                : messages.get("guaranteeText.period", date(from), date(lastDay));
    }

    /** A field of a comparison by its path: "refundRules[0].claimSteps[1]" → "Refund rule 1 › Claim step 2". */
    public String field(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            parts.add(m.group(2) == null ? messages.get("guaranteeField." + m.group(1))
                    : item(m.group(1), Integer.parseInt(m.group(2))));
        }
        return String.join(" › ", parts);
    }

    /** The label of the {@code index}th (0-based) entry of a list field: ("refundRules", 0) → "Refund rule 1". */
    public String item(String listField, int index) {
        return messages.get("guaranteeField." + listField + ".item", index + 1);
    }

    /** A compared value in the reader's language: enumerated values by their label, days as dates. */
    public String value(String path, String value) {
        if (value == null) {
            return "";
        }
        String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        Class<? extends Enum<?>> type = ENUM_FIELDS.get(leaf);
        if (type != null) {
            return messages.get(Messages.enumKey(type, value));
        }
        if (DATE_FIELDS.contains(leaf)) {
            try {
                return date(LocalDate.parse(value));
            } catch (DateTimeParseException notADay) {
                return value;
            }
        }
        return value;
    }

    private static Object orMissing(Object value) {
        return value == null ? MISSING : value;
    }
}
