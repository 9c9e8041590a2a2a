package io.blueprint.reports.policy.export;

import java.util.function.BiFunction;

/**
 * The columns of the spreadsheet exports (CSV and XLSX), in order, each with its header's message
 * key and its value for one guarantee version: text, a whole number or a date.
 */
public enum ExportColumn {
    CODE((t, g) -> g.code()),
    REVISION((t, g) -> g.revision()),
    SERVICE((t, g) -> g.service()),
    TITLE((t, g) -> g.title()),
    PROMISE((t, g) -> g.promise()),
    CONDITION((t, g) -> t.condition(g)),
    SCOPE((t, g) -> g.scope()),
    EXCLUSIONS((t, g) -> t.list(g.exclusions())),
    CLAIM_CHANNELS((t, g) -> t.claimChannels(g)),
    EFFECTIVE_FROM((t, g) -> g.effectiveFrom()),
    LAST_DAY_IN_FORCE((t, g) -> g.lastDayInForce()),
    TOUCHPOINTS((t, g) -> t.touchpoints(g)),
    REFUND_RULES((t, g) -> t.refundRules(g)),
    OWNER((t, g) -> g.owner()),
    APPROVED_BY((t, g) -> g.approvedBy()),
    APPROVED_AT((t, g) -> g.approvedAt() == null ? null : g.approvedAt().toString());

    private final BiFunction<ExportTexts, ExportedGuarantee, Object> value;

    ExportColumn(BiFunction<ExportTexts, ExportedGuarantee, Object> value) {
        this.value = value;
    }

    /** "export.column.EFFECTIVE_FROM". */
    public String headerKey() {
        return "export.column." + name();
    }

    /** The cell: a String, an Integer, a LocalDate, or null for nothing. */
    public Object value(ExportTexts texts, ExportedGuarantee guarantee) {
        return value.apply(texts, guarantee);
    }
}
