package io.blueprint.web.journey;

import io.blueprint.journey.Channel;
import io.blueprint.journey.ConcurrentEditException;
import io.blueprint.journey.JourneyChange;
import io.blueprint.journey.JourneyEditor;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.KpiMetric;
import io.blueprint.journey.Lane;
import io.blueprint.shared.DomainException;
import io.blueprint.collab.Presence;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.live.LivePages;
import io.blueprint.web.navigation.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.DragDropEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blueprint editor: the journey as a grid of lanes and stages. Designers (and admins) edit
 * in place; everybody else reads. Every edit names the version the page shows, so a designer
 * never overwrites a colleague's change unseen: they are told who changed what, and reload.
 */
@Named
@ViewScoped
public class EditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EditorView.class.getName());
    private static final Pattern CARD_ID = Pattern.compile("rows:(\\d+):cells:(\\d+):cards:(\\d+):card$");
    private static final String STEP_DIALOG = "stepDialogForm:dialog-messages";
    private static final String STAGE_DIALOG = "stageDialogForm:stage-name";
    private static final String NEW_STAGE = "editor:new-stage";
    private static final String FLOWS = "editor:side:add-flow";
    /** The step dialog's fields by the path a refusal names (see {@link DomainException#getField}). */
    private static final Map<String, String> STEP_FIELDS = Map.of(
            "title", "stepDialogForm:title", "description", "stepDialogForm:description",
            "owningTeam", "stepDialogForm:team", "code", "stepDialogForm:code", "channel", "stepDialogForm:channel",
            "effortPlan.targetCes", "stepDialogForm:ces", "effortPlan.maxSteps", "stepDialogForm:max-steps",
            "effortPlan.maxHandoffs", "stepDialogForm:max-handoffs",
            "effortPlan.maxWaitSeconds", "stepDialogForm:max-wait", "effortPlan.targetFcrPercent", "stepDialogForm:fcr");
    private static final Map<String, String> KPI_FIELDS = Map.of(
            "metric", "stepDialogForm:kpi-metric", "target", "stepDialogForm:kpi-target",
            "owner", "stepDialogForm:kpi-owner");
    private static final Pattern CELL_ID = Pattern.compile("rows:(\\d+):cells:(\\d+):cell$");
    private static final Map<Channel, String> ICONS = Map.ofEntries(
            Map.entry(Channel.PHONE, "pi-phone"), Map.entry(Channel.IVR, "pi-volume-up"),
            Map.entry(Channel.CHAT, "pi-comments"), Map.entry(Channel.EMAIL, "pi-envelope"),
            Map.entry(Channel.WEB, "pi-globe"), Map.entry(Channel.APP, "pi-mobile"),
            Map.entry(Channel.STORE, "pi-shop"), Map.entry(Channel.KIOSK, "pi-tablet"),
            Map.entry(Channel.SOCIAL, "pi-share-alt"), Map.entry(Channel.POST, "pi-inbox"),
            Map.entry(Channel.FIELD_VISIT, "pi-car"));

    @Inject
    BlueprintFacade facade;

    @Inject
    JourneyEditor editor;

    @Inject
    Messages messages;

    @Inject
    io.blueprint.web.i18n.LocaleView localeView;

    @Inject
    LivePages live;

    private Long journeyId;
    private BlueprintModel model;
    private List<BlueprintModel.ChangeView> history;
    private StepForm form;
    private String conflictMessage;
    private String newStageName;
    private Long stageToRename;
    private String stageName;
    private Long flowFrom;
    private Long flowTo;
    private String flowLabel;
    private KpiMetric kpiMetric;
    private BigDecimal kpiTarget;
    private String kpiOwner;
    /** This open page, for presence; the others on the journey. */
    private String pageId;
    private List<Presence.Visitor> others = List.of();
    /** The journey's version and the card as they were when the step dialog opened: see {@link #stepBase()}. */
    private long stepOpenedAt;
    private BlueprintModel.Card stepAsOpened;

    /** f:viewAction: load the journey named in the URL. */
    public void load() {
        if (journeyId == null) {
            NotFound.respond("journey");
            return;
        }
        try {
            reload();
        } catch (DomainException missing) {
            NotFound.respond("journey");
            return;
        }
        if (pageId == null) {
            pageId = live.enter(subject());
        }
        others = live.others(subject());
    }

    /** What the live signals and the presence call this journey. */
    public String subject() {
        return "journey:" + journeyId;
    }

    /**
     * Another page changed the journey (the live channel said so): the page shows the journey as stored now, so its
     * next edit is not refused as stale. A conflict notice already shown stays. Comings and goings only
     * {@link #lookAround}.
     */
    public void refresh() {
        model = facade.load(journeyId);
        history = facade.history(journeyId);
        others = live.others(subject());
    }

    /** The page's poll: still open; who else is. */
    public void beat() {
        others = live.beat(pageId, subject());
    }

    /** Someone came or went (the live channel said so): who is here now. */
    public void lookAround() {
        others = live.others(subject());
    }

    public List<Presence.Visitor> getOthers() {
        return others;
    }

    public String getPageId() {
        return pageId;
    }

    /** Shows the journey as it is now stored, dropping a conflict notice. */
    public void reload() {
        model = facade.load(journeyId);
        history = facade.history(journeyId);
        conflictMessage = null;
    }

    /** Designers and admins edit an active journey; everybody else, and archived journeys, are read-only. */
    public boolean isEditable() {
        return model != null && editor.mayEdit(model.status());
    }

    // ---- drag and drop

    public void onDrop(DragDropEvent<?> event) {
        Matcher card = CARD_ID.matcher(event.getDragId());
        Matcher cell = CELL_ID.matcher(event.getDropId());
        if (!card.find() || !cell.find()) {
            LOG.warning(() -> "Unrecognised drop " + event.getDragId() + " -> " + event.getDropId());
            return;
        }
        BlueprintModel.Cell from = cellAt(card.group(1), card.group(2));
        BlueprintModel.Cell to = cellAt(cell.group(1), cell.group(2));
        int index = Integer.parseInt(card.group(3));
        if (from == null || to == null || index >= from.cards().size()) {
            LOG.warning(() -> "Drop of something the page does not show: " + event.getDragId() + " -> " + event.getDropId());
            error(null, messages.get("editor.drop.stale"));
            return;
        }
        BlueprintModel.Card moved = from.cards().get(index);
        edit(() -> editor.moveStep(journeyId, model.version(), moved.id(), to.stageId(), to.lane(), to.cards().size()),
                null, Map.of());
    }

    /** The cell the page drew at (row, column), or null when the page never showed one there. */
    private BlueprintModel.Cell cellAt(String row, String column) {
        int r = Integer.parseInt(row);
        int c = Integer.parseInt(column);
        if (r >= model.rows().size() || c >= model.rows().get(r).cells().size()) {
            return null;
        }
        return model.rows().get(r).cells().get(c);
    }

    /**
     * The keyboard's move (Ctrl+arrow on a card, sent by editor.js through a remote command): the
     * card goes to the end of the cell (stage, lane) named by the request parameters.
     */
    public void moveCard() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        long stepId;
        long stageId;
        Lane lane;
        try {
            stepId = Long.parseLong(params.get("step"));
            stageId = Long.parseLong(params.get("stage"));
            lane = Lane.valueOf(params.get("lane"));
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "Unreadable keyboard move " + params);
            error(null, messages.get("editor.drop.stale"));
            return;
        }
        edit(() -> editor.moveStep(journeyId, model.version(), stepId, stageId, lane, Integer.MAX_VALUE), null, Map.of());
    }

    // ---- the step dialog

    public void newStep(long stageId, Lane lane) {
        form = StepForm.blank(stageId, lane);
        clearKpiForm();
    }

    public void openStep(long stepId) {
        BlueprintModel.Card card = model.card(stepId);
        form = card == null ? null : StepForm.of(card);
        stepOpenedAt = model.version();
        stepAsOpened = card;
        clearKpiForm();
    }

    /**
     * The version a save of the open step names. The page may have been brought up to date while the dialog was
     * open: if the card itself is as it was when the dialog opened, the current version (someone changed something
     * else); if someone changed this card meanwhile, the version the dialog was opened at, which the journey refuses
     * as stale, so the designer is told who changed it instead of overwriting it unseen.
     */
    private long stepBase() {
        if (form == null || form.isNew() || Objects.equals(model.card(form.getStepId()), stepAsOpened)) {
            return model.version();
        }
        return stepOpenedAt;
    }

    public void saveStep() {
        if (edit(() -> facade.saveStep(journeyId, stepBase(), form), STEP_DIALOG, STEP_FIELDS)) {
            PrimeFaces.current().executeScript("PF('stepDialog').hide()");
        }
    }

    public void deleteStep() {
        if (edit(() -> editor.removeStep(journeyId, model.version(), form.getStepId()), STEP_DIALOG, Map.of())) {
            PrimeFaces.current().executeScript("PF('stepDialog').hide()");
        }
    }

    public BlueprintModel.Card getOpenCard() {
        return form == null || form.isNew() ? null : model.card(form.getStepId());
    }

    public void addKpi() {
        if (edit(() -> editor.addKpi(journeyId, model.version(), form.getStepId(), kpiMetric, kpiTarget, null, null,
                kpiOwner), STEP_DIALOG, KPI_FIELDS)) {
            clearKpiForm();
            openedAgain();
        }
    }

    public void removeKpi(long kpiId) {
        if (edit(() -> editor.removeKpi(journeyId, model.version(), form.getStepId(), kpiId), STEP_DIALOG, Map.of())) {
            openedAgain();
        }
    }

    /** The designer's own change to the open card's KPIs is not someone else's: the dialog now starts from it. */
    private void openedAgain() {
        stepOpenedAt = model.version();
        stepAsOpened = model.card(form.getStepId());
    }

    private void clearKpiForm() {
        kpiMetric = KpiMetric.CES;
        kpiTarget = null;
        kpiOwner = null;
    }

    // ---- stages

    public void addStage() {
        if (edit(() -> editor.addStage(journeyId, model.version(), newStageName), NEW_STAGE, Map.of())) {
            newStageName = null;
        }
    }

    public void moveStage(long stageId, int position) {
        edit(() -> editor.moveStage(journeyId, model.version(), stageId, position), null, Map.of());
    }

    public void openStage(long stageId) {
        stageToRename = stageId;
        stageName = model.stages().stream().filter(s -> s.id() == stageId).map(BlueprintModel.Column::name)
                .findFirst().orElse(null);
    }

    public void renameStage() {
        if (edit(() -> editor.renameStage(journeyId, model.version(), stageToRename, stageName), STAGE_DIALOG,
                Map.of())) {
            PrimeFaces.current().executeScript("PF('stageDialog').hide()");
        }
    }

    public void removeStage() {
        if (edit(() -> editor.removeStage(journeyId, model.version(), stageToRename), STAGE_DIALOG, Map.of())) {
            PrimeFaces.current().executeScript("PF('stageDialog').hide()");
        }
    }

    // ---- flows

    public void addFlow() {
        if (flowFrom == null || flowTo == null) {
            error(FLOWS, messages.get("editor.flow.pickBoth"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (edit(() -> editor.addFlow(journeyId, model.version(), flowFrom, flowTo, flowLabel), FLOWS, Map.of())) {
            flowFrom = null;
            flowTo = null;
            flowLabel = null;
        }
    }

    public void removeFlow(long flowId) {
        edit(() -> editor.removeFlow(journeyId, model.version(), flowId), null, Map.of());
    }

    // ---- every edit goes through here

    /**
     * Runs one edit for an editor; shows a conflict or a broken rule instead of failing.
     * {@code messagesFor} is the dialog's messages component, or null for the page's; a refusal
     * that names a field found in {@code fields} is shown beside that field (editor.js marks it invalid).
     * The field is not marked invalid here: JSF would then draw it empty instead of as typed.
     */
    private boolean edit(Runnable change, String messagesFor, Map<String, String> fields) {
        if (!isEditable()) {
            error(messagesFor, messages.get("editor.readOnly"));
            return false;
        }
        try {
            change.run();
            reload();
            live.changed(subject(), pageId);
            return true;
        } catch (ConcurrentEditException stale) {
            JourneyChange last = stale.getLastChange();
            conflictMessage = last == null ? messages.get("conflict.unknown")
                    : messages.get("conflict.changedBy", last.getActor(), messages.get("change." + last.getAction()),
                    last.getSubject(), localeView.format(last.getAt()));
            if (STEP_DIALOG.equals(messagesFor) || STAGE_DIALOG.equals(messagesFor)) {
                // the dialog covers the page's notice: it says so too
                error(messagesFor, conflictMessage);
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (DomainException rule) {
            String text = messages.get(rule.getMessageKey(), rule.getArguments());
            String field = rule.getField() == null ? null : fields.get(rule.getField());
            error(field == null ? messagesFor : field, text);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Edit of journey " + journeyId + " failed", unexpected);
            error(messagesFor, messages.get("editor.failed"));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    /** The text as summary (for the dialog's and page's lists) and as detail (for the message beside a field). */
    private static void error(String messagesFor, String text) {
        FacesContext.getCurrentInstance().addMessage(messagesFor, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    // ---- what the page reads

    public String icon(Channel channel) {
        return channel == null ? "pi-circle" : ICONS.get(channel);
    }

    public Lane[] getLanes() {
        return Lane.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public KpiMetric[] getMetrics() {
        return KpiMetric.values();
    }

    /** The flows as "from-to" step ids, for editor.js to draw arrows between the cards. */
    public String getFlowPairs() {
        return String.join(" ", model.flows().stream().map(f -> f.fromId() + "-" + f.toId()).toList());
    }

    public boolean laneIsCustomerFacing() {
        return form != null && form.getLane() != null && form.getLane().isCustomerFacing();
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public void setJourneyId(Long journeyId) {
        this.journeyId = journeyId;
    }

    public BlueprintModel getModel() {
        return model;
    }

    public List<BlueprintModel.ChangeView> getHistory() {
        return history;
    }

    public StepForm getForm() {
        return form;
    }

    public String getConflictMessage() {
        return conflictMessage;
    }

    public String getNewStageName() {
        return newStageName;
    }

    public void setNewStageName(String newStageName) {
        this.newStageName = newStageName;
    }

    public String getStageName() {
        return stageName;
    }

    public void setStageName(String stageName) {
        this.stageName = stageName;
    }

    public Long getFlowFrom() {
        return flowFrom;
    }

    public void setFlowFrom(Long flowFrom) {
        this.flowFrom = flowFrom;
    }

    public Long getFlowTo() {
        return flowTo;
    }

    public void setFlowTo(Long flowTo) {
        this.flowTo = flowTo;
    }

    public String getFlowLabel() {
        return flowLabel;
    }

    public void setFlowLabel(String flowLabel) {
        this.flowLabel = flowLabel;
    }

    public KpiMetric getKpiMetric() {
        return kpiMetric;
    }

    public void setKpiMetric(KpiMetric kpiMetric) {
        this.kpiMetric = kpiMetric;
    }

    public BigDecimal getKpiTarget() {
        return kpiTarget;
    }

    public void setKpiTarget(BigDecimal kpiTarget) {
        this.kpiTarget = kpiTarget;
    }

    public String getKpiOwner() {
        return kpiOwner;
    }

    public void setKpiOwner(String kpiOwner) {
        this.kpiOwner = kpiOwner;
    }
}
