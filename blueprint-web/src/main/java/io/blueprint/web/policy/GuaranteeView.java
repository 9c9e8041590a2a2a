package io.blueprint.web.policy;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.Payout;
import io.blueprint.policy.PolicyAction;
import io.blueprint.policy.PolicyFinding;
import io.blueprint.policy.PolicyViolationException;
import io.blueprint.policy.Remedy;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.policy.StaleGuaranteeException;
import io.blueprint.reports.catalog.TouchpointRow;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.navigation.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One version of a guarantee: its terms, editable while it is a draft, the policy checks re-run as
 * the form is typed, the lifecycle buttons the viewer's role allows, the approval record, the
 * version history and the linked touchpoints. Every change names the version the page shows.
 */
@Named
@ViewScoped
public class GuaranteeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(GuaranteeView.class.getName());

    @Inject
    GuaranteeFacade facade;

    @Inject
    GuaranteeDesk desk;

    @Inject
    Messages messages;

    @Inject
    GuaranteeScreenText screenText;

    @Inject
    io.blueprint.web.live.LivePages live;

    private Long id;
    private String code;
    private GuaranteeModel model;
    private GuaranteeForm form;
    private List<FindingView> findings = List.of();
    private String inputProblem;
    private List<FindingView> refusal = List.of();
    private String conflictMessage;
    private String returnNote;
    private LocalDate retireFrom;
    /** This open page, for presence; the others on the guarantee; what changed under the user's typing. */
    private String pageId;
    private java.util.List<io.blueprint.collab.Presence.Visitor> others = List.of();
    private String behindMessage;

    /** f:viewAction: load the version named in the URL, by id or by code (the one in force today). */
    public void load() {
        try {
            if (id != null) {
                show(facade.load(id));
            } else if (code != null && !code.isBlank()) {
                show(facade.load(code));
            } else {
                NotFound.respond("guarantee");
            }
        } catch (DomainException missing) {
            NotFound.respond("guarantee");
            return;
        }
        if (model != null && pageId == null) {
            pageId = live.enter(subject());
        }
        if (model != null) {
            others = live.others(subject());
        }
    }

    /** What the live signals and the presence call this guarantee: its code, whichever version is open. */
    public String subject() {
        return "guarantee:" + model.code();
    }

    /**
     * Someone else changed this guarantee (the live channel said so). A reader, and an editor who
     * has typed nothing since the page was drawn ({@code typing} from live.js), see the version as stored now; an
     * editor who has typed keeps the typing and is told, so that nothing they typed is lost and nothing they save
     * overwrites the other's change (the save would be refused as stale).
     */
    public void refresh() {
        others = live.others(subject());
        GuaranteeModel stored;
        try {
            stored = facade.load(id);
        } catch (DomainException gone) {
            behindMessage = messages.get("live.gone");
            PrimeFaces.current().ajax().update("guarantee:live-notice");
            return;
        }
        if (stored.version() == model.version() && stored.versions().equals(model.versions())) {
            return;
        }
        String typing = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("typing");
        if (isEditable() && Boolean.parseBoolean(typing) && stored.version() != model.version()) {
            behindMessage = messages.get("live.behind", stored.changedBy());
            PrimeFaces.current().ajax().update("guarantee:live-notice");
        } else {
            show(stored);
            PrimeFaces.current().ajax().update("guarantee");
        }
    }

    /** The page's poll: still open; who else is. */
    public void beat() {
        others = live.beat(pageId, subject());
    }

    /** Someone came or went (the live channel said so): who is here now. */
    public void lookAround() {
        others = live.others(subject());
    }

    public java.util.List<io.blueprint.collab.Presence.Visitor> getOthers() {
        return others;
    }

    public String getPageId() {
        return pageId;
    }

    public String getBehindMessage() {
        return behindMessage;
    }

    private void show(GuaranteeModel loaded) {
        model = loaded;
        id = loaded.id();
        form = GuaranteeForm.of(loaded.terms());
        conflictMessage = null;
        behindMessage = null;
        refusal = List.of();
        retireFrom = desk.today();
        returnNote = null;
        recheck();
    }

    /** Shows the version as it is now stored, dropping a conflict notice and unsaved typing. */
    public void reload() {
        show(facade.load(id));
    }

    // ---- what the viewer may do

    /** Only a draft's terms change, and only for those who draft: the domain says what the viewer may do. */
    public boolean isEditable() {
        return may(PolicyAction.DRAFT);
    }

    public boolean isMaySubmit() {
        return may(PolicyAction.SUBMIT);
    }

    public boolean isMayReturn() {
        return may(PolicyAction.RETURN_TO_DRAFT);
    }

    public boolean isMayPublish() {
        return may(PolicyAction.PUBLISH);
    }

    /** In review, an executive who drafted or submitted it: someone else must approve (four eyes). */
    public boolean isAwaitingOtherApprover() {
        return model != null && model.isInReview() && desk.allows(PolicyAction.PUBLISH) && !may(PolicyAction.PUBLISH);
    }

    public boolean isMayRetire() {
        return may(PolicyAction.RETIRE);
    }

    public boolean isMayStartNewVersion() {
        return may(PolicyAction.NEW_VERSION);
    }

    public boolean isMayDiscard() {
        return may(PolicyAction.DISCARD);
    }

    private boolean may(PolicyAction action) {
        return model != null && model.allowed().contains(action);
    }

    // ---- live checks

    /** Runs the domain's policy checks on the form as it stands, saved or not. */
    public void recheck() {
        if (model == null) {
            return;
        }
        try {
            findings = views(desk.check(model.serviceId(), isEditable() ? form.toTerms() : model.terms()));
            inputProblem = null;
        } catch (DomainException unreadable) {
            inputProblem = describe(unreadable);
        }
    }

    private List<FindingView> views(List<PolicyFinding> found) {
        return found.stream().map(f -> new FindingView(f.severity(), f.check(),
                messages.get(f.messageKey(), f.arguments().toArray()), f.path())).toList();
    }

    public boolean isPassesAll() {
        return inputProblem == null && findings.isEmpty();
    }

    public long getErrorCount() {
        return findings.stream().filter(FindingView::isError).count();
    }

    public long getWarningCount() {
        return findings.size() - getErrorCount();
    }

    // ---- the form's lists

    public void addExclusion() {
        form.addExclusion();
        recheck();
    }

    public void removeExclusion(int index) {
        form.removeExclusion(index);
        recheck();
    }

    public void addClaimChannel() {
        form.addClaimChannel();
        recheck();
    }

    public void removeClaimChannel(int index) {
        form.removeClaimChannel(index);
        recheck();
    }

    public void addRefundRule() {
        form.addRefundRule();
        recheck();
    }

    public void removeRefundRule(int index) {
        form.removeRefundRule(index);
        recheck();
    }

    public void addClaimStep(GuaranteeForm.Rule rule) {
        rule.addClaimStep();
        recheck();
    }

    public void removeClaimStep(GuaranteeForm.Rule rule, int index) {
        rule.removeClaimStep(index);
        recheck();
    }

    public void moveClaimStepUp(GuaranteeForm.Rule rule, int index) {
        rule.moveClaimStepUp(index);
        recheck();
    }

    // ---- lifecycle

    public void save() {
        if (change(() -> desk.revise(id, model.version(), form.toTerms()).getId())) {
            info("guaranteeScreen.saved");
        }
    }

    public void submit() {
        if (change(() -> facade.saveAndSubmit(id, model.version(), form.toTerms()))) {
            info("guaranteeScreen.submitted");
        }
    }

    public void returnToDraft() {
        if (change(() -> desk.returnToDraft(id, model.version(), returnNote).getId())) {
            PrimeFaces.current().executeScript("PF('returnDialog').hide()");
            info("guaranteeScreen.returned");
        }
    }

    public void publish() {
        if (change(() -> desk.publish(id, model.version()).getId())) {
            info("guaranteeScreen.published");
        }
    }

    public void retire() {
        if (change(() -> desk.retire(id, model.version(), retireFrom).getId())) {
            PrimeFaces.current().executeScript("PF('retireDialog').hide()");
            info("guaranteeScreen.retired");
        }
    }

    /** Starts the next version from this one and opens it. */
    public String startNewVersion() {
        Long draft = attempt(() -> desk.newDraft(id).getId());
        if (draft != null) {
            live.changed(subject(), pageId);
        }
        return draft == null ? null : "/policy/guarantee?faces-redirect=true&id=" + draft;
    }

    /** Throws the draft away and goes to the version it was started from, or to the list. */
    public String discard() {
        Long discarded = attempt(() -> {
            desk.discard(id, model.version());
            return id;
        });
        if (discarded == null) {
            return null;
        }
        live.changed(subject(), pageId);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info("guaranteeScreen.discarded");
        GuaranteeModel.VersionRow before = model.versions().stream()
                .filter(v -> v.revision() < model.revision()).reduce((a, b) -> b).orElse(null);
        return before == null ? "/policy/guarantees?faces-redirect=true"
                : "/policy/guarantee?faces-redirect=true&id=" + before.id();
    }

    /** Runs one change and shows the version as stored afterwards; says what stood in the way otherwise. */
    private boolean change(LongSupplier action) {
        Long changed = attempt(action::getAsLong);
        if (changed == null) {
            return false;
        }
        show(facade.load(changed));
        live.changed(subject(), pageId);
        return true;
    }

    private Long attempt(java.util.function.Supplier<Long> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return action.get();
        } catch (StaleGuaranteeException stale) {
            conflictMessage = messages.get("guarantee.stale", stale.getChangedBy());
        } catch (PolicyViolationException blocked) {
            refusal = views(blocked.getFindings()).stream().filter(FindingView::isError).toList();
            error(describe(blocked));
        } catch (DomainException rule) {
            error(describe(rule));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Change of guarantee version " + id + " failed", unexpected);
            error(messages.get("guaranteeScreen.failed"));
        }
        faces.validationFailed();
        return null;
    }

    /** A refusal in the reader's words, naming the field it concerns when there is one. */
    private String describe(DomainException rule) {
        String text = messages.get(rule.getMessageKey(), rule.getArguments());
        return rule.getField() == null ? text
                : messages.get("guaranteeScreen.fieldProblem", screenText.field(rule.getField()), text);
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key, model.code(), model.revision()), ""));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
    }

    // ---- what the page reads

    /** The service's touchpoints to link, plus any linked code the service no longer has. */
    public List<SelectItem> getTouchpointOptions() {
        List<SelectItem> options = new ArrayList<>();
        for (TouchpointRow t : model.serviceTouchpoints()) {
            options.add(new SelectItem(t.code(), messages.get("guaranteeScreen.touchpointOption", t.code(),
                    messages.get("channel." + t.channel()), t.stepTitle(), t.journeyName())));
        }
        for (String linked : form.getTouchpointCodes()) {
            if (model.serviceTouchpoints().stream().noneMatch(t -> t.code().equals(linked))) {
                options.add(new SelectItem(linked, messages.get("guaranteeScreen.touchpointGone", linked)));
            }
        }
        return options;
    }

    public GuaranteeMetric[] getMetrics() {
        return GuaranteeMetric.values();
    }

    public ConditionOperator[] getOperators() {
        return ConditionOperator.values();
    }

    public ConditionUnit[] getUnits() {
        return ConditionUnit.values();
    }

    public ClaimChannelKind[] getChannelKinds() {
        return ClaimChannelKind.values();
    }

    public Remedy[] getRemedies() {
        return Remedy.values();
    }

    public AmountKind[] getAmountKinds() {
        return AmountKind.values();
    }

    public BreachUnit[] getBreachUnits() {
        return BreachUnit.values();
    }

    public Payout[] getPayouts() {
        return Payout.values();
    }

    public GuaranteeStatus[] getStatuses() {
        return GuaranteeStatus.values();
    }

    public int getMaxTextLength() {
        return ServiceGuarantee.TEXT_MAX;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public GuaranteeModel getModel() {
        return model;
    }

    public GuaranteeForm getForm() {
        return form;
    }

    public List<FindingView> getFindings() {
        return findings;
    }

    public String getInputProblem() {
        return inputProblem;
    }

    public List<FindingView> getRefusal() {
        return refusal;
    }

    public String getConflictMessage() {
        return conflictMessage;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public void setReturnNote(String returnNote) {
        this.returnNote = returnNote;
    }

    public LocalDate getRetireFrom() {
        return retireFrom;
    }

    public void setRetireFrom(LocalDate retireFrom) {
        this.retireFrom = retireFrom;
    }
}
