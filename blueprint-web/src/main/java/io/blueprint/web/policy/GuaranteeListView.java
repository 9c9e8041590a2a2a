package io.blueprint.web.policy;

import io.blueprint.journey.ServiceRepository;
import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.GuaranteeTerms;
import io.blueprint.policy.PolicyAction;
import io.blueprint.reports.policy.GuaranteeListQuery;
import io.blueprint.reports.policy.GuaranteeRow;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.journey.SearchableLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** The guarantee list: one line per guarantee by its latest version; filter, search, page; drafters start new ones. */
@Named
@ViewScoped
public class GuaranteeListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG = "createForm:dialog-messages";

    @Inject
    GuaranteeListQuery query;

    @Inject
    GuaranteeDesk desk;

    @Inject
    ServiceRepository services;

    @Inject
    Messages messages;

    private String search;
    private Long serviceId;
    private GuaranteeStatus status;
    private LazyDataModel<GuaranteeRow> guarantees;
    private Long newServiceId;
    private String newCode;
    private String newTitle;

    @PostConstruct
    void init() {
        guarantees = new SearchableLazyModel<>(() -> search, text -> query.count(filter(text)),
                (first, size, text, sortBy, ascending) -> query.page(first, size, filter(text), sortBy, ascending),
                GuaranteeRow::id);
    }

    private GuaranteeListQuery.Filter filter(String text) {
        return new GuaranteeListQuery.Filter(text, serviceId, status);
    }

    public boolean isDrafter() {
        return desk.allows(PolicyAction.DRAFT);
    }

    public List<SelectItem> getServiceOptions() {
        return services.findAll().stream().map(s -> new SelectItem(s.getId(), s.getName())).toList();
    }

    public GuaranteeStatus[] getStatuses() {
        return GuaranteeStatus.values();
    }

    public void startCreate() {
        newServiceId = serviceId;
        newCode = null;
        newTitle = null;
    }

    /** Creates the first draft and opens it in the guarantee page. */
    public String create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (newServiceId == null) {
                throw new DomainException("guarantee.service.required");
            }
            long id = desk.create(newServiceId, newCode, new GuaranteeTerms(newTitle, null, null, null, null, null,
                    desk.today(), null, null, null, null)).getId();
            return "/policy/guarantee?faces-redirect=true&id=" + id;
        } catch (DomainException rule) {
            faces.addMessage(DIALOG, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(rule.getMessageKey(), rule.getArguments()), ""));
            faces.validationFailed();
            return null;
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public GuaranteeStatus getStatus() {
        return status;
    }

    public void setStatus(GuaranteeStatus status) {
        this.status = status;
    }

    public LazyDataModel<GuaranteeRow> getGuarantees() {
        return guarantees;
    }

    public Long getNewServiceId() {
        return newServiceId;
    }

    public void setNewServiceId(Long newServiceId) {
        this.newServiceId = newServiceId;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }
}
