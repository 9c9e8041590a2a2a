package io.blueprint.web.policy;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.Payout;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the policy screens say about a guarantee besides its terms (those are worded by
 * {@link io.blueprint.reports.policy.wording.GuaranteeWording}, {@code #{wording}}): dates and periods in
 * force, and the field names and values a comparison shows. Presentation only; the rules stay in the domain.
 */
@Named
@RequestScoped
public class GuaranteeScreenText {

    private static final Pattern SEGMENT = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");
    private static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS = Map.of(
            "metric", GuaranteeMetric.class, "operator", ConditionOperator.class, "unit", ConditionUnit.class,
            "kind", ClaimChannelKind.class, "remedy", Remedy.class, "amountKind", AmountKind.class,
            "breachUnit", BreachUnit.class, "payout", Payout.class);
    private static final List<String> DATE_FIELDS = List.of("effectiveFrom", "effectiveTo");

    @Inject
    Messages messages;

    @Inject
    LocaleView localeView;

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
}
