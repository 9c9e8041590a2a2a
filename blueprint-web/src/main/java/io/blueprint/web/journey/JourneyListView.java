package io.blueprint.web.journey;

import io.blueprint.journey.ConcurrentEditException;
import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyEditor;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.reports.catalog.JourneyListQuery;
import io.blueprint.reports.catalog.JourneyRow;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import io.blueprint.web.security.CurrentUser;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/** The journey list: search, sort and page in the database; create, rename, archive and duplicate. */
@Named
@ViewScoped
public class JourneyListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG = "journeyDialogForm:dialog-messages";

    @Inject
    transient JourneyListQuery query;

    @Inject
    transient JourneyEditor editor;

    @Inject
    transient ServiceRepository services;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Messages messages;

    private String search;
    private LazyDataModel<JourneyRow> journeys;
    private JourneyRow selected;
    private String name;
    private String persona;
    private Long serviceId;
    private Mode mode;

    /** What the journey dialog is doing. */
    public enum Mode { CREATE, RENAME, DUPLICATE }

    @PostConstruct
    void init() {
        journeys = new SearchableLazyModel<>(() -> search, text -> query.count(text),
                (first, size, text, sortBy, ascending) -> query.page(first, size, text, sortBy, ascending),
                JourneyRow::id);
    }

    public boolean isDesigner() {
        return currentUser.isBlueprintEditor();
    }

    public List<SelectItem> getServiceOptions() {
        return services.findAll().stream().map(s -> new SelectItem(s.getId(), s.getName())).toList();
    }

    public void startCreate() {
        mode = Mode.CREATE;
        selected = null;
        name = null;
        persona = null;
        serviceId = null;
    }

    public void startRename(JourneyRow row) {
        mode = Mode.RENAME;
        selected = row;
        name = row.name();
        persona = row.persona();
    }

    public void startDuplicate(JourneyRow row) {
        mode = Mode.DUPLICATE;
        selected = row;
        name = messages.get("journeys.copyName", row.name());
        persona = row.persona();
    }

    public void save() {
        boolean done = switch (mode) {
            case CREATE -> run(() -> {
                if (serviceId == null) {
                    throw new DomainException("journeys.service.required");
                }
                return editor.create(serviceId, name, persona, null, null);
            }, DIALOG);
            case RENAME -> run(() -> editor.updateDetails(selected.id(), selected.version(), name, persona,
                    null, null), DIALOG);
            case DUPLICATE -> run(() -> editor.duplicate(selected.id(), name), DIALOG);
        };
        if (done) {
            PrimeFaces.current().executeScript("PF('journeyDialog').hide()");
        }
    }

    public void toggleArchived(JourneyRow row) {
        run(() -> row.status() == JourneyStatus.ACTIVE ? editor.archive(row.id(), row.version())
                : editor.reactivate(row.id(), row.version()), null);
    }

    /** Runs one change; a problem is shown in {@code messagesFor} (the dialog's messages, or null for the page's). */
    private boolean run(Supplier<Journey> change, String messagesFor) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isDesigner()) {
            faces.addMessage(messagesFor, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("editor.readOnly"), ""));
            return false;
        }
        try {
            Journey journey = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("journeys.saved", journey.getName()), ""));
            return true;
        } catch (ConcurrentEditException stale) {
            faces.addMessage(messagesFor, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("conflict.unknown"), ""));
        } catch (DomainException rule) {
            faces.addMessage(messagesFor, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(rule.getMessageKey(), rule.getArguments()), ""));
        }
        faces.validationFailed();
        return false;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LazyDataModel<JourneyRow> getJourneys() {
        return journeys;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPersona() {
        return persona;
    }

    public void setPersona(String persona) {
        this.persona = persona;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Mode getMode() {
        return mode;
    }
}
