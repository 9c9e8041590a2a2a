package io.blueprint.reports.policy.export;

import io.blueprint.reports.policy.wording.GuaranteeWording;
import io.blueprint.reports.policy.wording.PolicyLabels;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The readable texts of an export in the reader's language: the guarantee's terms as {@link GuaranteeWording}
 * words them on every surface, and what only an export says (title, filters, versions, checksum).
 */
public final class ExportTexts {

    /** Separates the items of a list inside one cell or paragraph. */
    public static final String ITEMS = "\n";

    private final PolicyLabels labels;
    private final GuaranteeWording wording;

    public ExportTexts(PolicyLabels labels) {
        this.labels = labels;
        this.wording = new GuaranteeWording(labels);
    }

    public String text(String key, Object... arguments) {
        return labels.text(key, arguments);
    }

    /** An enum value's name in the reader's language; empty for null. */
    public String name(Enum<?> value) {
        return labels.name(value);
    }

    public String condition(ExportedGuarantee g) {
        return wording.condition(g.condition().asTerms());
    }

    /** Each way to claim on a line: "Post: 서울특별시 중구 세종대로 110 (postal code 04524)". */
    public String claimChannels(ExportedGuarantee g) {
        return g.claimChannels().stream().map(c -> wording.claimChannel(c.asTerms()).text())
                .collect(Collectors.joining(ITEMS));
    }

    /** "RET-CALL-01 (Phone)". */
    public String touchpoints(ExportedGuarantee g) {
        return g.touchpoints().stream()
                .map(t -> t.channel() == null ? t.code() : labels.text("export.touchpoint", t.code(), labels.name(t.channel())))
                .collect(Collectors.joining(ITEMS));
    }

    /**
     * The remedy sentence, how it is paid and the claim steps: "Cash refund: KRW 2,000 for every started day, at
     * most KRW 20,000 in all. Claim within 30 days. 1. … 2. …".
     */
    public String refundRule(ExportedGuarantee.RefundRule rule) {
        var terms = rule.asTerms();
        String steps = IntStream.range(0, terms.claimSteps().size())
                .mapToObj(i -> (i + 1) + ". " + terms.claimSteps().get(i)).collect(Collectors.joining(" "));
        return wording.remedy(terms) + " " + wording.payout(terms) + (steps.isEmpty() ? "" : " " + steps);
    }

    public String refundRules(ExportedGuarantee g) {
        return g.refundRules().stream().map(this::refundRule).collect(Collectors.joining(ITEMS));
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
