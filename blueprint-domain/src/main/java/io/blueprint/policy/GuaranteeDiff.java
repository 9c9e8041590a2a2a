package io.blueprint.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The differences between the terms of two versions, field by field ("refundRules[0].amount":
 * 3000 → 5000). Enumerated values are given by name, for the reader's language to name them.
 */
public final class GuaranteeDiff {

    /** One field that differs; a null side means the field is absent on that side. */
    public record Change(String field, String before, String after) implements java.io.Serializable {

        public boolean added() {
            return before == null;
        }

        public boolean removed() {
            return after == null;
        }
    }

    private GuaranteeDiff() {
    }

    public static List<Change> between(GuaranteeTerms before, GuaranteeTerms after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        List<String> fields = new ArrayList<>(a.keySet());
        String previous = null;
        for (String field : b.keySet()) {
            if (!a.containsKey(field)) {
                // a field only the later version has goes after the field it follows there
                fields.add(previous == null ? 0 : fields.indexOf(previous) + 1, field);
            }
            previous = field;
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String x = a.get(field);
            String y = b.get(field);
            if (!Objects.equals(x, y)) {
                changes.add(new Change(field, x, y));
            }
        }
        return List.copyOf(changes);
    }

    /** The terms as field → text, in the order a reader meets them; empty fields are left out. */
    public static Map<String, String> flatten(GuaranteeTerms t) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "title", t.title());
        put(f, "promise", t.promise());
        put(f, "condition.metric", t.condition().getMetric());
        put(f, "condition.operator", t.condition().getOperator());
        put(f, "condition.threshold", t.condition().getThreshold());
        put(f, "condition.unit", t.condition().getUnit());
        put(f, "scope", t.scope());
        put(f, "owner", t.owner());
        put(f, "effectiveFrom", t.effectiveFrom());
        put(f, "effectiveTo", t.effectiveTo());
        for (int i = 0; i < t.exclusions().size(); i++) {
            put(f, "exclusions[" + i + "]", t.exclusions().get(i));
        }
        for (int i = 0; i < t.claimChannels().size(); i++) {
            ClaimChannel c = t.claimChannels().get(i);
            put(f, "claimChannels[" + i + "].kind", c.getKind());
            put(f, "claimChannels[" + i + "].contact", c.getContact());
            put(f, "claimChannels[" + i + "].postalCode", c.getPostalCode());
        }
        put(f, "touchpointCodes", t.touchpointCodes().isEmpty() ? null : String.join(", ", t.touchpointCodes()));
        for (int i = 0; i < t.refundRules().size(); i++) {
            RefundRuleTerms r = t.refundRules().get(i);
            String p = "refundRules[" + i + "].";
            put(f, p + "remedy", r.remedy());
            put(f, p + "amountKind", r.amountKind());
            put(f, p + "amount", r.amount());
            put(f, p + "breachUnit", r.breachUnit());
            put(f, p + "breachUnitSize", r.breachUnitSize());
            put(f, p + "cap", r.cap());
            put(f, p + "currency", r.currency());
            put(f, p + "payout", r.payout());
            for (int s = 0; s < r.claimSteps().size(); s++) {
                put(f, p + "claimSteps[" + s + "]", r.claimSteps().get(s));
            }
            put(f, p + "claimDeadlineDays", r.claimDeadlineDays());
        }
        return f;
    }

    private static void put(Map<String, String> fields, String field, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                : value instanceof Enum<?> e ? e.name() : value.toString();
        if (!text.isBlank()) {
            fields.put(field, text);
        }
    }
}
