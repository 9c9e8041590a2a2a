package io.blueprint.web.journey;

import io.blueprint.journey.ConcurrentEditException;
import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyEditor;
import io.blueprint.journey.JourneyStatus;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.reports.catalog.JourneyListQuery;
import io.blueprint.reports.catalog.JourneyRow;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.navigation.NotFound;
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

/**
 * The journey list, of every service or of one ({@code journeys.xhtml?service=3}): search, sort and
 * page in the database; create (and go on in the editor), rename, archive and duplicate.
 */
@Named
@ViewScoped
public class JourneyListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG = "journeyDialogForm:dialog-messages";

    @Inject
    JourneyListQuery query;

    @Inject
    JourneyEditor editor;

    @Inject
    ServiceRepository services;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String search;
    /** The service whose journeys are listed (the view parameter "service"); null for every service. */
    private Long service;
    private String serviceName;
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
        journeys = new SearchableLazyModel<>(() -> search, text -> query.count(service, text),
                (first, size, text, sortBy, ascending) -> query.page(first, size, service, text, sortBy, ascending),
                JourneyRow::id);
    }

    /** f:viewAction: a list filtered to a service that does not exist answers 404, not an empty list. */
    public void loadFilter() {
        if (service != null) {
            serviceName = services.find(service).map(Service::getName).orElse(null);
            if (serviceName == null) {
                NotFound.respond("service " + service);
            }
        }
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
        serviceId = service;
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

    /** Saves the dialog; a new journey opens in the editor, where its stages and steps are drawn next. */
    public String save() {
        Journey saved = switch (mode) {
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
        if (saved == null) {
            return null;
        }
        if (mode == Mode.CREATE) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/journey/editor?faces-redirect=true&journey=" + saved.getId();
        }
        PrimeFaces.current().executeScript("PF('journeyDialog').hide()");
        return null;
    }

    public void toggleArchived(JourneyRow row) {
        run(() -> row.status() == JourneyStatus.ACTIVE ? editor.archive(row.id(), row.version())
                : editor.reactivate(row.id(), row.version()), null);
    }

    /**
     * Runs one change and returns the journey it changed; a problem is shown in {@code messagesFor}
     * (the dialog's messages, or null for the page's) and gives null.
     */
    private Journey run(Supplier<Journey> change, String messagesFor) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isDesigner()) {
            faces.addMessage(messagesFor, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("editor.readOnly"), ""));
            return null;
        }
        try {
            Journey journey = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("journeys.saved", journey.getName()), ""));
            return journey;
        } catch (ConcurrentEditException stale) {
            faces.addMessage(messagesFor, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("conflict.unknown"), ""));
        } catch (DomainException rule) {
            faces.addMessage(messagesFor, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(rule.getMessageKey(), rule.getArguments()), ""));
        }
        faces.validationFailed();
        return null;
    }

    public Long getService() {
        return service;
    }

    public void setService(Long service) {
        this.service = service;
    }

    /** The name of the service the list is filtered to; null when it lists every service. */
    public String getServiceName() {
        return serviceName;
    }

    /** "Journeys of Online store customer care": what the filtered list shows. */
    public String getFilterLine() {
        return serviceName == null ? null : messages.get("journeys.filteredBy", serviceName);
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
