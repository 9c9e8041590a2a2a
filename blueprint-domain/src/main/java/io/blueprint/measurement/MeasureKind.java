package io.blueprint.measurement;

/** The three kinds of measured data, each with its own Blueprint CSV header. */
public enum MeasureKind {
    SURVEY_RESPONSE("survey-responses",
            "response_id", "touchpoint_code", "answered_at", "channel", "ces", "ces_scale", "csat", "nps", "customer"),
    CONTACT_EVENT("contact-events",
            "contact_id", "customer", "touchpoint_code", "started_at", "channel", "wait_seconds", "handle_seconds",
            "transfers", "resolved", "abandoned", "resolved_at", "order_value", "currency"),
    SERVICE_CASE("service-cases",
            "case_id", "kind", "touchpoint_code", "opened_at", "closed_at", "customer", "order_value", "currency");

    private final String slug;
    private final java.util.List<String> fields;

    MeasureKind(String slug, String... fields) {
        this.slug = slug;
        this.fields = java.util.List.of(fields);
    }

    /** The name in URLs: {@code survey-responses}, {@code contact-events}, {@code service-cases}. */
    public String slug() {
        return slug;
    }

    /** The field names, in the order of Blueprint's own CSV header. */
    public java.util.List<String> fields() {
        return fields;
    }

    /** The field that holds the row's id (unique per source). */
    public String idField() {
        return fields.get(0);
    }

    public static java.util.Optional<MeasureKind> ofSlug(String slug) {
        for (MeasureKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
