package io.blueprint.web.measurement;

import io.blueprint.access.Role;
import io.blueprint.journey.Actor;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.measurement.CesScale;
import io.blueprint.measurement.ImportMode;
import io.blueprint.measurement.ImportRecords;
import io.blueprint.measurement.ImportSources;
import io.blueprint.measurement.ImportStatus;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasurementImporter;
import io.blueprint.measurement.ServiceTouchpoints;
import io.blueprint.measurement.read.ColumnMapping;
import io.blueprint.measurement.read.ReadOptions;
import io.blueprint.shared.DomainException;
import io.blueprint.web.account.Refusals;
import io.blueprint.web.i18n.LocaleView;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.journey.SearchableLazyModel;
import io.blueprint.web.navigation.Forbidden;
import io.blueprint.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ops import page: choose the service, the kind and the source, drop a file, adjust the mapping
 * on the preview of its first rows, confirm, and watch the import run; the history and the unknown
 * touchpoint codes below. The importer does the work; this view holds the dropped file until it is
 * confirmed or cancelled.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("source", "imports:source", "service", "imports:service",
            "zone", "preview:zone");

    @Inject
    MeasurementImporter importer;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportRecords records;
    @Inject
    ImportSources sources;
    @Inject
    ServiceTouchpoints touchpoints;
    @Inject
    ServiceRepository services;
    @Inject
    MeasurementSettingsProducer settings;
    @Inject
    Uploads uploads;
    @Inject
    CurrentUser currentUser;
    @Inject
    Actor actor;
    @Inject
    LocaleView localeView;
    @Inject
    Messages messages;

    private Long serviceId;
    private MeasureKind kind = MeasureKind.SURVEY_RESPONSE;
    private String source;

    /**
     * The dropped file, until the import is confirmed (then the job deletes it) or cancelled: its path, which a
     * replicated session can carry (a {@code Path} is not serialisable).
     */
    private String upload;
    private String fileName;

    /** The mapping the preview shows; the fields below are its parts the page lets one change. */
    private ColumnMapping mapping;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private String fixedTouchpoint;
    private String zone;
    private String timePattern;
    private CesScale cesScale;
    private boolean saveMapping = true;

    private transient MeasurementImporter.Preview preview;
    private String previewRefusal;

    /** The import the progress bar follows: the one confirmed here, or a running one found on opening the page. */
    private Long watchedId;
    private transient ImportSummary watched;
    private transient LazyDataModel<ImportSummary> history;

    @PostConstruct
    void init() {
        watchedId = records.history(20, 0).stream().filter(s -> s.status() == ImportStatus.RUNNING)
                .map(ImportSummary::id).findFirst().orElse(null);
    }

    @PreDestroy
    void dropUpload() {
        if (upload != null) {
            uploads.delete(Path.of(upload));
            upload = null;
        }
    }

    /** Ops and admins: the roles the import API allows. */
    public boolean isAllowed() {
        return currentUser.hasRole(Role.OPS_NAME) || currentUser.hasRole(Role.ADMIN_NAME);
    }

    public void checkAccess() {
        if (!isAllowed()) {
            Forbidden.respond(messages.get("imports.forbidden"));
        }
    }

    // ---- what is imported where

    /** Service, kind or source changed: the saved mapping of the source (or a fresh guess) applies again. */
    public void changeTarget() {
        mapping = null;
        refresh();
    }

    /** A dropped or picked file: spooled to disk, checked against the size limit, previewed. */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        if (file.getSize() > settings.settings().maxFileBytes()) {
            Refusals.error(null, messages.get("import.file.tooLarge", settings.settings().maxFileBytes()));
            return;
        }
        dropUpload();
        upload = uploads.spool(file.getInputStream()).toString();
        fileName = Uploads.fileName(file.getFileName());
        mapping = null;
        refresh();
    }

    /** Forgets the dropped file. */
    public void cancel() {
        dropUpload();
        fileName = null;
        mapping = null;
        preview = null;
        previewRefusal = null;
    }

    // ---- the preview and its mapping

    /** Any part of the mapping changed: the preview shows the rows as the new mapping stores them. */
    public void changeMapping() {
        if (mapping == null) {
            return;
        }
        ColumnMapping changed = mapping;
        for (String field : ColumnMapping.fieldsOf(kind)) {
            String column = columns.get(field);
            changed = changed.withColumn(field, column == null || column.isBlank() ? null : column);
        }
        mapping = changed.withFixedTouchpoint(blankToNull(fixedTouchpoint)).withZone(blankToNull(zone))
                .withTimePattern(blankToNull(timePattern)).withCesScale(cesScale);
        refresh();
    }

    private void refresh() {
        preview = null;
        previewRefusal = null;
        if (upload == null || serviceId == null || source == null || source.isBlank()) {
            return;
        }
        try {
            if (zone != null && !zone.isBlank()) {
                ImportOptions.zone(zone);
            }
            preview = importer.preview(request(mapping, ImportSources.checkName(source)), Path.of(upload));
        } catch (DomainException refusal) {
            previewRefusal = messages.get(refusal.getMessageKey(), refusal.getArguments());
            Refusals.show(messages, refusal, FIELDS, null);
            return;
        }
        if (mapping == null) {
            show(preview.mapping());
        }
    }

    private void show(ColumnMapping shown) {
        mapping = shown;
        columns.clear();
        ColumnMapping.fieldsOf(kind).forEach(field -> columns.put(field, shown.columns().getOrDefault(field, "")));
        fixedTouchpoint = shown.fixedTouchpoint();
        zone = shown.zone();
        timePattern = shown.timePattern();
        cesScale = shown.cesScale();
    }

    private MeasurementImporter.Request request(ColumnMapping chosen, String checkedSource) {
        return new MeasurementImporter.Request(kind, serviceId, checkedSource, fileName, ImportMode.PARTIAL, actor.name(),
                ReadOptions.detect(), chosen, null);
    }

    // ---- confirming and watching

    /** Saves the mapping for the source (when asked) and starts the import in the background. */
    public void confirm() {
        if (preview == null || !preview.missingFields().isEmpty()) {
            return;
        }
        try {
            String checked = ImportSources.checkName(source);
            if (saveMapping) {
                sources.save(checked, kind, mapping, actor.name(), Instant.now());
            }
            watchedId = jobs.submit(request(mapping, checked), Path.of(upload));
        } catch (DomainException refusal) {
            Refusals.show(messages, refusal, FIELDS, null);
            return;
        }
        String started = fileName == null ? "" : fileName;
        // the job deletes the file when it ends
        upload = null;
        watched = null;
        cancel();
        history = null;
        Refusals.info(messages.get("imports.started", started));
    }

    /** For the poll: reads the watched import again. */
    public void poll() {
        watched = null;
    }

    public ImportSummary getWatched() {
        if (watched == null && watchedId != null) {
            watched = records.find(watchedId).orElse(null);
        }
        return watched;
    }

    public boolean isRunning() {
        ImportSummary shown = getWatched();
        return shown != null && shown.status() == ImportStatus.RUNNING;
    }

    public ImportProgress getProgress() {
        ImportSummary shown = getWatched();
        return shown == null ? null : ImportProgress.of(shown, Instant.now());
    }

    // ---- the lists

    public LazyDataModel<ImportSummary> getHistory() {
        if (history == null) {
            history = new SearchableLazyModel<>(() -> "", search -> records.count(),
                    (first, size, search, sortBy, ascending) -> records.history(size, first), ImportSummary::id);
        }
        return history;
    }

    public List<ImportSummary.UnknownCode> getUnknownCodes() {
        return serviceId == null ? List.of() : records.unknownCodes(serviceId);
    }

    public List<SelectItem> getServiceOptions() {
        return services.findAll().stream().map(s -> new SelectItem(s.getId(), s.getName())).toList();
    }

    public String serviceName(long id) {
        return services.find(id).map(io.blueprint.journey.Service::getName).orElse("#" + id);
    }

    public List<MeasureKind> getKinds() {
        return Arrays.asList(MeasureKind.values());
    }

    public List<String> completeSource(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return sources.list().stream().filter(s -> s.kind() == kind).map(ImportSources.Source::name)
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains(needle)).toList();
    }

    public List<String> getFields() {
        return ColumnMapping.fieldsOf(kind);
    }

    /** The file's columns as a drop-down offers them: by the reference a mapping keeps, "Q1 · question text". */
    public List<SelectItem> getColumnOptions() {
        if (preview == null) {
            return List.of();
        }
        return preview.columns().stream().map(c -> new SelectItem(ColumnMapping.reference(c, preview.columns()),
                c.label().equals(c.id()) ? c.id() : c.id() + " · " + c.label())).toList();
    }

    public List<String> getTouchpointCodes() {
        return serviceId == null ? List.of() : touchpoints.of(serviceId).keySet().stream().sorted().toList();
    }

    public List<PreviewLine> getPreviewLines() {
        return preview == null ? List.of() : preview.rows().stream()
                .map(row -> PreviewLine.of(row, messages::get, localeView::format)).toList();
    }

    /** "Choose a column for: ces, touchpoint_code", or null when nothing is missing. */
    public String getMissingFields() {
        return preview == null || preview.missingFields().isEmpty() ? null
                : messages.get("import.mapping.missing", String.join(", ", preview.missingFields().stream()
                .map(f -> messages.get("imports.field." + f)).toList()));
    }

    /** "UTF-8", "Comma", "2 extra", "Qualtrics (three header rows)": how the file is read. */
    public String getSeparatorName() {
        Character separator = preview == null ? null : preview.description().separator();
        return separator == null ? messages.get("imports.none") : messages.get(switch (separator) {
            case ';' -> "imports.separator.semicolon";
            case '\t' -> "imports.separator.tab";
            default -> "imports.separator.comma";
        });
    }

    public String getMaxFileSize() {
        return ImportProgress.bytes(settings.settings().maxFileBytes());
    }

    public long getMaxFileBytes() {
        return settings.settings().maxFileBytes();
    }

    public List<CesScale> getCesScales() {
        return Arrays.asList(CesScale.values());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- fields

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public void setKind(MeasureKind kind) {
        this.kind = kind == null ? MeasureKind.SURVEY_RESPONSE : kind;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isUploaded() {
        return upload != null;
    }

    public String getFileName() {
        return fileName;
    }

    public MeasurementImporter.Preview getPreview() {
        return preview;
    }

    public String getPreviewRefusal() {
        return previewRefusal;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public String getFixedTouchpoint() {
        return fixedTouchpoint;
    }

    public void setFixedTouchpoint(String fixedTouchpoint) {
        this.fixedTouchpoint = fixedTouchpoint;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getTimePattern() {
        return timePattern;
    }

    public void setTimePattern(String timePattern) {
        this.timePattern = timePattern;
    }

    public CesScale getCesScale() {
        return cesScale;
    }

    public void setCesScale(CesScale cesScale) {
        this.cesScale = cesScale;
    }

    public boolean isSaveMapping() {
        return saveMapping;
    }

    public void setSaveMapping(boolean saveMapping) {
        this.saveMapping = saveMapping;
    }
}
