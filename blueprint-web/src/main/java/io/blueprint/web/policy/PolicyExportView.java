package io.blueprint.web.policy;

import io.blueprint.access.Role;
import io.blueprint.journey.Channel;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.policy.export.ExportFile;
import io.blueprint.reports.policy.export.ExportFilter;
import io.blueprint.reports.policy.export.ExportedGuarantee;
import io.blueprint.reports.policy.export.GuaranteeExport;
import io.blueprint.reports.policy.export.PolicyExporter;
import io.blueprint.web.i18n.LocaleView;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.navigation.FileDownload;
import io.blueprint.web.navigation.Forbidden;
import io.blueprint.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The ops export page: choose a day and filters, see which guarantee versions the files will hold, download them. */
@Named
@ViewScoped
public class PolicyExportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PolicyExporter exporter;

    @Inject
    ServiceRepository services;

    @Inject
    PolicySettingsProducer settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    @Inject
    Messages messages;

    private LocalDate date;
    private Long serviceId;
    private Channel channel;
    /** Read again whenever a filter changes, so the files always hold what the table shows. */
    private transient GuaranteeExport preview;

    @PostConstruct
    void init() {
        date = LocalDate.now(settings.settings().zone());
    }

    /** Operations staff, executives and admins: the same roles the export API allows. */
    public boolean isAllowed() {
        return currentUser.hasRole(Role.OPS_NAME) || currentUser.hasRole(Role.EXECUTIVE_NAME)
                || currentUser.hasRole(Role.ADMIN_NAME);
    }

    /** Turns away a signed-in user whose role may not export, before the page shows anything. */
    public void checkAccess() {
        if (!isAllowed()) {
            Forbidden.respond(messages.get("policyExport.forbidden"));
        }
    }

    public GuaranteeExport getPreview() {
        if (preview == null) {
            preview = exporter.contents(filter());
        }
        return preview;
    }

    public List<ExportedGuarantee> getRows() {
        return getPreview().guarantees();
    }

    /** The file for one format ("csv", "xlsx", "json", "pdf"), in the page's language. */
    public StreamedContent download(String format) {
        if (!isAllowed()) {
            throw new SecurityException("role may not export guarantees");
        }
        ExportFormat exportFormat = ExportFormat.of(format).orElseThrow();
        ExportFile file = PolicyExporter.write(exportFormat, getPreview(), BundleLabels.in(localeView.getLocale()));
        return FileDownload.of(file.fileName(), file.mediaType(), file.content());
    }

    /** "Phone, E-mail": the channels of the touchpoints a version is kept at, in the page's language. */
    public String channels(ExportedGuarantee guarantee) {
        return guarantee.touchpoints().stream()
                .map(ExportedGuarantee.Touchpoint::channel)
                .filter(Objects::nonNull)
                .distinct()
                .map(c -> messages.get("channel." + c.name()))
                .collect(Collectors.joining(", "));
    }

    public List<SelectItem> getServiceOptions() {
        return services.findAll().stream().map(s -> new SelectItem(s.getId(), s.getName())).toList();
    }

    public List<SelectItem> getChannelOptions() {
        return Arrays.stream(Channel.values()).map(c -> new SelectItem(c, messages.get("channel." + c.name()))).toList();
    }

    /** "Guarantees in the export (2)". */
    public String getPreviewHeading() {
        return messages.get("policyExport.preview", String.valueOf(getRows().size()));
    }

    public String getChecksumLine() {
        return messages.get("policyExport.checksum", getPreview().checksum());
    }

    /** "Download the guarantees as Excel": the accessible name of a download button. */
    public String downloadLabel(String format) {
        return messages.get("policyExport.downloadAs", messages.get("policyExport." + format));
    }

    private ExportFilter filter() {
        String serviceName = serviceId == null ? null : services.find(serviceId).map(Service::getName).orElse(null);
        return new ExportFilter(date == null ? LocalDate.now(settings.settings().zone()) : date,
                serviceName == null ? null : serviceId, serviceName, channel);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
        preview = null;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
        preview = null;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
        preview = null;
    }
}
