package io.blueprint.reports.policy.export;

import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.Payout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The readable sentences of an export (condition, how to claim, remedy, filters) in the reader's language. */
public final class ExportTexts {

    /** Separates the items of a list inside one cell or paragraph. */
    public static final String ITEMS = "\n";

    private final ExportLabels labels;

    public ExportTexts(ExportLabels labels) {
        this.labels = labels;
    }

    public String text(String key, Object... arguments) {
        return labels.text(key, arguments);
    }

    /** An enum value's name in the reader's language; empty for null. */
    public String name(Enum<?> value) {
        return labels.name(value);
    }

    /** "Wait before being served at most 120 seconds"; blank parts of a draft's condition are left out. */
    public String condition(ExportedGuarantee.Condition c) {
        if (c.metric() == null && c.threshold() == null) {
            return "";
        }
        return labels.text("export.condition", labels.name(c.metric()), labels.name(c.operator()),
                c.threshold() == null ? "?" : c.threshold().toPlainString(), labels.name(c.unit())).strip();
    }

    /** "Post: 서울특별시 중구 세종대로 110 (postal code 04524)". */
    public String claimChannel(ExportedGuarantee.ClaimChannel channel) {
        String contact = channel.contact() == null ? "" : channel.contact();
        return channel.kind() == ClaimChannelKind.POST && channel.postalCode() != null
                ? labels.text("export.claimChannel.post", labels.name(channel.kind()), contact, channel.postalCode())
                : labels.text("export.claimChannel", labels.name(channel.kind()), contact);
    }

    public String claimChannels(ExportedGuarantee g) {
        return g.claimChannels().stream().map(this::claimChannel).collect(Collectors.joining(ITEMS));
    }

    /** "RET-CALL-01 (Phone)". */
    public String touchpoints(ExportedGuarantee g) {
        return g.touchpoints().stream()
                .map(t -> t.channel() == null ? t.code() : labels.text("export.touchpoint", t.code(), labels.name(t.channel())))
                .collect(Collectors.joining(ITEMS));
    }

    /** "Cash refund: 2,000 KRW per started 1 days, at most 20,000 KRW · On claim: 1. … 2. … · claim within 30 days". */
    public String refundRule(ExportedGuarantee.RefundRule rule) {
        List<String> parts = new ArrayList<>();
        String amount = amount(rule);
        parts.add(labels.name(rule.remedy()) + (amount.isEmpty() ? "" : ": " + amount)
                + (rule.cap() == null ? "" : ", " + labels.text("export.refund.cap", money(rule.cap(), rule.currency()))));
        if (rule.payout() == Payout.ON_CLAIM && !rule.claimSteps().isEmpty()) {
            parts.add(labels.text("export.refund.steps", labels.name(rule.payout()), IntStream.range(0, rule.claimSteps().size())
                    .mapToObj(i -> (i + 1) + ". " + rule.claimSteps().get(i)).collect(Collectors.joining(" "))));
        } else {
            parts.add(labels.name(rule.payout()));
        }
        if (rule.claimDeadlineDays() != null) {
            parts.add(labels.text("export.refund.deadline", rule.claimDeadlineDays().toString()));
        }
        return String.join(" · ", parts);
    }

    public String refundRules(ExportedGuarantee g) {
        return g.refundRules().stream().map(this::refundRule).collect(Collectors.joining(ITEMS));
    }

    private String amount(ExportedGuarantee.RefundRule rule) {
        if (rule.amountKind() == null || rule.amount() == null) {
            return "";
        }
        return switch (rule.amountKind()) {
            case FIXED -> money(rule.amount(), rule.currency());
            case PERCENT_OF_ORDER -> labels.text("export.refund.percent", rule.amount().stripTrailingZeros().toPlainString());
            case PER_BREACH_UNIT -> labels.text("export.refund.perUnit", money(rule.amount(), rule.currency()),
                    String.valueOf(rule.breachUnitSize()), labels.name(rule.breachUnit()));
        };
    }

    /** "20,000 KRW": the currency's own number of decimals, grouped the same way in both languages. */
    static String money(BigDecimal amount, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(digits, RoundingMode.HALF_UP)) + " " + currency;
    }

    public String list(List<String> items) {
        return String.join(ITEMS, items);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** "2026-05-27 – 2026-10-23", or "from 2026-05-27" when no end is set. */
    public String inForce(ExportedGuarantee g) {
        return g.lastDayInForce() == null ? labels.text("export.inForce.open", date(g.effectiveFrom()))
                : labels.text("export.inForce.range", date(g.effectiveFrom()), date(g.lastDayInForce()));
    }

    /** "Service guarantees in force on 2026-11-23". */
    public String title(ExportFilter filter) {
        return labels.text("export.title", date(filter.asOf()));
    }

    /** "Service: all · Touchpoint channel: Phone". */
    public String filters(ExportFilter filter) {
        String all = labels.text("export.filter.all");
        return labels.text("export.filters", filter.serviceName() == null ? all : filter.serviceName(),
                filter.channel() == null ? all : labels.name(filter.channel()));
    }

    /** "CARE-CALL-2MIN v2 (2026-10-24 – …)" for each version, or that none is in force. */
    public String versions(GuaranteeExport export) {
        if (export.guarantees().isEmpty()) {
            return labels.text("export.versions.none");
        }
        return labels.text("export.versions", export.guarantees().stream()
                .map(g -> g.version() + " (" + inForce(g) + ")").collect(Collectors.joining(", ")));
    }

    public String checksum(GuaranteeExport export) {
        return labels.text("export.checksum", export.checksum());
    }
}
