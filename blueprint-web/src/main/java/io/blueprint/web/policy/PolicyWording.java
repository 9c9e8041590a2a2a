package io.blueprint.web.policy;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.web.i18n.Messages;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A guarantee's condition, remedy and claim channels in plain words of the reader's language, for the charter. */
public final class PolicyWording {

    private PolicyWording() {
    }

    /** "Wait before being served: at most 120 seconds". */
    public static String condition(Locale locale, GuaranteeCondition c) {
        if (!c.isMeasurable()) {
            return "";
        }
        return Messages.format(locale, "charter.condition", c.getMetric(), c.getOperator(),
                c.getThreshold().toPlainString(), c.getUnit());
    }

    /** "Points credit: 1,000 KRW per started 10 minutes, at most 5,000 KRW, paid automatically". */
    public static String remedy(Locale locale, RefundRuleTerms r) {
        if (r.remedy() == null || r.amountKind() == null || r.amount() == null) {
            return "";
        }
        String amount = switch (r.amountKind()) {
            case FIXED -> Messages.format(locale, "charter.amount.FIXED", money(r.amount()), r.currency());
            case PERCENT_OF_ORDER -> Messages.format(locale, "charter.amount.PERCENT_OF_ORDER", r.amount().toPlainString());
            case PER_BREACH_UNIT -> Messages.format(locale, "charter.amount.PER_BREACH_UNIT", money(r.amount()),
                    r.currency(), r.breachUnitSize(), r.breachUnit());
        };
        String cap = r.cap() == null || r.amountKind() == AmountKind.FIXED ? ""
                : Messages.format(locale, "charter.cap", money(r.cap()), r.currency());
        String payout = r.payout() == Payout.AUTOMATIC ? Messages.format(locale, "payout.AUTOMATIC")
                : Messages.format(locale, "charter.onClaim", r.claimDeadlineDays() == null ? "" : r.claimDeadlineDays());
        return Messages.format(locale, "charter.remedy", r.remedy(), amount, cap, payout);
    }

    private static String money(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? String.format(Locale.ROOT, "%,d", amount.toBigInteger())
                : String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** A link that opens the channel: the web address, mailto: or tel:; null for post. */
    public static String href(ClaimChannel channel) {
        if (!channel.isComplete()) {
            return null;
        }
        return switch (channel.getKind()) {
            case WEB -> channel.getContact();
            case EMAIL -> "mailto:" + URLEncoder.encode(channel.getContact(), StandardCharsets.UTF_8).replace("%40", "@");
            case PHONE -> "tel:" + channel.getContact().replaceAll("[^0-9+]", "");
            case POST -> null;
        };
    }
}
