package io.blueprint.web.report;

import io.blueprint.reports.effort.EffortStatus;
import io.blueprint.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;

/**
 * An effort status as a badge, the same on the effort report and the editor's heatmap: its word, its colour
 * with a border style, and an icon, so that it does not rely on colour alone. {@code null} is "no data"
 * (a touchpoint nobody answered in the period).
 */
@Named
@ApplicationScoped
public class EffortStatusBadge {

    @Inject
    Messages messages;

    public String label(EffortStatus status) {
        return messages.get(status == null ? "report.status.NO_DATA" : "report.status." + status.name());
    }

    /** The badge's classes ({@code status-badge status-off-target}); blueprint.css gives each its colour and border. */
    public String styleClass(EffortStatus status) {
        return "status-badge status-" + name(status);
    }

    /** The status as a class suffix: {@code on-target}, …, {@code no-data}. */
    public String name(EffortStatus status) {
        return status == null ? "no-data" : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String icon(EffortStatus status) {
        if (status == null) {
            return "pi pi-minus-circle";
        }
        return switch (status) {
            case ON_TARGET -> "pi pi-check-circle";
            case AT_RISK -> "pi pi-exclamation-triangle";
            case OFF_TARGET -> "pi pi-times-circle";
            case TOO_FEW_RESPONSES -> "pi pi-question-circle";
            default -> "pi pi-minus-circle";
        };
    }
}
