package io.blueprint.web.journey;

import io.blueprint.web.measurement.MeasurementSettingsProducer;
import io.blueprint.reports.effort.EffortReports;
import io.blueprint.reports.effort.EffortStatus;
import io.blueprint.reports.effort.TouchpointEffort;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.LocaleView;
import io.blueprint.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The effort heatmap over the blueprint editor: every touchpoint card coloured by its effort status over the
 * last 7, 30 or 90 company days, with its mean CES and n. It only reads, so every role that opens the editor
 * may switch it on; the switch itself is remembered in the browser (editor.js) and told to this view.
 */
@Named
@ViewScoped
public class EffortHeatmap implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> PERIODS = List.of(7, 30, 90);

    @Inject
    EditorView editor;
    @Inject
    EffortReports reports;
    @Inject
    MeasurementSettingsProducer measurement;
    @Inject
    LocaleView localeView;
    @Inject
    Messages messages;

    private boolean on;
    private int days = 30;
    private LocalDate from;
    private LocalDate to;
    /** The touchpoints' figures by code, for the journey version they were read for. */
    private Map<String, TouchpointEffort> byCode;
    private long readForVersion = -1;

    /** The switch (remote command "showHeatmap", parameter {@code on}). */
    public void show() {
        on = Boolean.parseBoolean(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("on"));
        byCode = null;
    }

    /** Another period chosen. */
    public void changePeriod() {
        byCode = null;
    }

    /** The report over the period, read again when the period changed or an edit changed the journey. */
    private Map<String, TouchpointEffort> figures() {
        BlueprintModel model = editor.getModel();
        if (byCode == null || readForVersion != model.version()) {
            to = LocalDate.now(measurement.settings().zone());
            from = to.minusDays(days - 1L);
            byCode = new HashMap<>();
            readForVersion = model.version();
            try {
                reports.effort(model.id(), from, to).touchpoints().forEach(t -> byCode.put(t.code(), t));
            } catch (DomainException refused) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        messages.get(refused.getMessageKey(), refused.getArguments()), null));
            }
        }
        return byCode;
    }

    /** A touchpoint's figures, or null when nobody answered for it in the period ("no data"). */
    public TouchpointEffort of(BlueprintModel.Card card) {
        TouchpointEffort figures = card.isTouchpoint() ? figures().get(card.code()) : null;
        return figures == null || figures.responses() == 0 ? null : figures;
    }

    /** The card's status, or null for no data. */
    public EffortStatus status(BlueprintModel.Card card) {
        TouchpointEffort figures = of(card);
        return figures == null ? null : figures.status();
    }

    /** "CES 4.31 · n 243" in the reader's language. */
    public String figures(BlueprintModel.Card card) {
        TouchpointEffort figures = of(card);
        if (figures == null) {
            return "";
        }
        NumberFormat ces = NumberFormat.getNumberInstance(localeView.getLocale());
        ces.setMinimumFractionDigits(2);
        ces.setMaximumFractionDigits(2);
        return messages.get("editor.heatmap.figures", ces.format(figures.cesMean()),
                NumberFormat.getIntegerInstance(localeView.getLocale()).format(figures.responses()));
    }

    /** The legend: every status, then "no data" (null). */
    public List<EffortStatus> getLegend() {
        return Stream.concat(Arrays.stream(EffortStatus.values()), Stream.of((EffortStatus) null)).toList();
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public boolean isOn() {
        return on;
    }

    public int getDays() {
        return days;
    }

    /** One of the presets; anything else sent is refused by the menu before it gets here. */
    public void setDays(int days) {
        this.days = PERIODS.contains(days) ? days : 30;
    }

    public LocalDate getFrom() {
        figures();
        return from;
    }

    public LocalDate getTo() {
        figures();
        return to;
    }
}
