package io.blueprint.web.journey;

import io.blueprint.journey.ServiceCatalog;
import io.blueprint.reports.catalog.ServiceListQuery;
import io.blueprint.reports.catalog.ServiceRow;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import io.blueprint.web.security.CurrentUser;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** The service list: search, sort and page in the database; designers register new services. */
@Named
@ViewScoped
public class ServiceListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG = "serviceDialogForm:dialog-messages";

    @Inject
    ServiceListQuery query;

    @Inject
    ServiceCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String search;
    private LazyDataModel<ServiceRow> services;
    private String name;
    private String description;
    private String owner;

    @PostConstruct
    void init() {
        services = new SearchableLazyModel<>(() -> search, text -> query.count(text),
                (first, size, text, sortBy, ascending) -> query.page(first, size, text, sortBy, ascending),
                ServiceRow::id);
    }

    public boolean isDesigner() {
        return currentUser.isBlueprintEditor();
    }

    public void startCreate() {
        name = null;
        description = null;
        owner = null;
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isDesigner()) {
            faces.addMessage(DIALOG, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("editor.readOnly"), ""));
            faces.validationFailed();
            return;
        }
        try {
            catalog.register(name, description, owner);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("journeys.saved", name), ""));
            PrimeFaces.current().executeScript("PF('serviceDialog').hide()");
        } catch (DomainException rule) {
            faces.addMessage(DIALOG, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(rule.getMessageKey(), rule.getArguments()), ""));
            faces.validationFailed();
        }
    }

    /** "Journeys of Online store customer care: 1": the accessible name of a service's journey count, which opens them. */
    public String journeysOf(ServiceRow row) {
        return messages.get("services.journeysOf", row.name(), row.journeyCount());
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LazyDataModel<ServiceRow> getServices() {
        return services;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
