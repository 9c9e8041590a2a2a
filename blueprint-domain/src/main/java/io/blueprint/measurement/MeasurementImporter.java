package io.blueprint.measurement;

import io.blueprint.measurement.read.CesLabels;
import io.blueprint.measurement.read.Column;
import io.blueprint.measurement.read.ColumnMapping;
import io.blueprint.measurement.read.FileDescription;
import io.blueprint.measurement.read.MappedRow;
import io.blueprint.measurement.read.ReadOptions;
import io.blueprint.measurement.read.RowMapper;
import io.blueprint.measurement.read.SourceRow;
import io.blueprint.measurement.read.Table;
import io.blueprint.measurement.read.Tables;
import io.blueprint.measurement.read.UnreadableFileException;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports a file of measured data into a service: reads it through the file readers (encoding,
 * separator, header rows and layout detected unless the request or the source's saved mapping says),
 * maps and checks every row, and stores the valid ones batch by batch ({@code partial}) or all in one
 * transaction ({@code atomic}). The file is read twice: once to count its rows and refuse a file that
 * cannot be read at all before anything is stored, then to import it.
 */
@ApplicationScoped
public class MeasurementImporter {

    private static final Logger LOG = Logger.getLogger(MeasurementImporter.class.getName());

    /**
     * What to import and how.
     *
     * @param options overrides of what is detected (encoding, separator, header rows, sheet, type)
     * @param mapping the column mapping to use; null for the source's saved one, or else the detected one
     * @param zone    the zone of times given without an offset; null for the company's
     */
    public record Request(MeasureKind kind, long serviceId, String source, String fileName, ImportMode mode,
                         String actor, ReadOptions options, ColumnMapping mapping, ZoneId zone) {
    }

    /** Fired inside each batch's transaction once its rows are written, before it commits (tests inject failures here). */
    public record BatchWritten(long importId, String source, int batchNumber) {
    }

    /** What a preview shows: how the file is read, the mapping, and its first rows as they would be stored. */
    public record Preview(FileDescription description, List<Column> columns, ColumnMapping mapping,
                          List<String> missingFields, List<MappedRow> rows, boolean savedMapping) {
    }

    static final int PREVIEW_ROWS = 20;

    @Inject
    MeasurementSettings settings;

    @Inject
    ImportRecords records;

    @Inject
    ImportBatches batches;

    @Inject
    AtomicImports atomic;

    @Inject
    ServiceTouchpoints touchpoints;

    @Inject
    ImportSources sources;

    Clock clock = Clock.systemUTC();

    /** The first rows of a file as they would be stored, with what was detected and the mapping that applies. */
    public Preview preview(Request request, Path file) {
        Map<String, ServiceTouchpoints.Ref> codes = touchpoints.of(request.serviceId());
        ColumnMapping saved = request.mapping() == null ? sources.mapping(request.source(), request.kind()).orElse(null) : null;
        ColumnMapping chosen = request.mapping() != null ? request.mapping() : saved;
        try (Table table = open(file, options(request, chosen))) {
            ColumnMapping mapping = chosen != null ? chosen
                    : ColumnMapping.detect(request.kind(), table.description(), table.columns());
            RowMapper mapper = mapper(request, mapping, table.columns());
            List<MappedRow> rows = new ArrayList<>();
            for (SourceRow row = table.next(); row != null && rows.size() < PREVIEW_ROWS; row = table.next()) {
                rows.add(checked(mapper.map(row), codes));
            }
            return new Preview(table.description(), table.columns(), mapping, mapper.missingFields(), rows, saved != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the whole import and answers its summary; a file that cannot be read at all is refused with nothing stored. */
    public ImportSummary importFile(Request request, Path file) {
        return complete(begin(request, file), request, file);
    }

    /**
     * The checks that need no reading (the service, the customer key, the file's size) and the import's
     * entry in the history, running; answers its number. {@link #complete} does the rest, perhaps in the
     * background while a page shows the progress.
     */
    public long begin(Request request, Path file) {
        touchpoints.of(request.serviceId());
        new CustomerHash(settings.customerKey());
        long size = size(file);
        if (size > settings.maxFileBytes()) {
            throw new DomainException("import.file.tooLarge", settings.maxFileBytes());
        }
        if (request.mapping() == null) {
            sources.mapping(request.source(), request.kind());
        }
        records.ensureLock(request.serviceId());
        return records.start(new ImportRecords.Start(request.kind(), request.serviceId(), request.source(),
                request.fileName(), request.mode(), request.actor(), size), now());
    }

    /** Reads and stores the file of the import {@code id} that {@link #begin} started; answers its summary. */
    public ImportSummary complete(long id, Request request, Path file) {
        Map<String, ServiceTouchpoints.Ref> codes;
        CustomerHash hash;
        ColumnMapping chosen;
        try {
            codes = touchpoints.of(request.serviceId());
            hash = new CustomerHash(settings.customerKey());
            chosen = request.mapping() != null ? request.mapping()
                    : sources.mapping(request.source(), request.kind()).orElse(null);
        } catch (DomainException e) {
            records.finish(id, ImportStatus.FAILED, null, e.getMessageKey(), null, now());
            throw e;
        }
        try {
            ReadOptions options = options(request, chosen);
            long total = 0;
            ColumnMapping mapping;
            List<Column> columns;
            try (Table table = open(file, options)) {
                FileDescription description = table.description();
                columns = table.columns();
                mapping = chosen != null ? chosen : ColumnMapping.detect(request.kind(), description, columns);
                List<String> missing = mapper(request, mapping, columns).missingFields();
                if (!missing.isEmpty()) {
                    throw new DomainException("import.mapping.missing", String.join(", ", missing));
                }
                while (table.next() != null) {
                    total++;
                }
                if (request.mode() == ImportMode.ATOMIC && total > settings.maxAtomicRows()) {
                    throw new DomainException("import.atomic.tooManyRows", total, settings.maxAtomicRows());
                }
                records.describe(id, description.encoding(),
                        description.separator() == null ? null : description.separator().toString(),
                        description.headerless() ? null : description.headerRows() + 1, description.layout().name(), total);
            }
            Run run = new Run(id, request, codes, hash, mapping, columns, file, options);
            if (request.mode() == ImportMode.ATOMIC) {
                try {
                    atomic.run(run);
                    records.finish(id, ImportStatus.COMPLETED, null, null, null, now());
                } catch (AtomicImports.Rejected rejected) {
                    ImportRecords.Counts counts = rejected.counts();
                    records.finish(id, ImportStatus.REJECTED,
                            new ImportRecords.Counts(counts.read(), 0, 0, 0, counts.rejected()), null, null, now());
                }
            } else {
                run.call();
                records.finish(id, ImportStatus.COMPLETED, null, null, null, now());
            }
        } catch (UnreadableFileException e) {
            records.finish(id, ImportStatus.FAILED, null, e.getMessageKey(), e.line(), now());
            throw e;
        } catch (IOException e) {
            records.finish(id, ImportStatus.FAILED, null, "import.file.io", null, now());
            throw new UncheckedIOException(e);
        } catch (DomainException e) {
            records.finish(id, ImportStatus.FAILED, null, e.getMessageKey(), null, now());
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + id + " failed", e);
            records.finish(id, ImportStatus.FAILED, null, "import.failed", null, now());
            throw e;
        }
        return records.get(id);
    }

    /**
     * One pass over the file that stores it: its rows mapped, checked against the service's touchpoints,
     * the customer hashed and the day decided, in batches.
     */
    final class Run {
        private final long id;
        private final Request request;
        private final Map<String, ServiceTouchpoints.Ref> codes;
        private final CustomerHash hash;
        private final ColumnMapping mapping;
        private final List<Column> columns;
        private final Path file;
        private final ReadOptions options;
        private final boolean atomicMode;
        private ImportRecords.Counts counts = ImportRecords.Counts.NONE;
        private long problemsKept;
        private int batchNumber;
        /** The contacts stored so far, for deciding the next batches' repeats (contact imports only). */
        private final ContactHistory history;

        Run(long id, Request request, Map<String, ServiceTouchpoints.Ref> codes, CustomerHash hash, ColumnMapping mapping,
            List<Column> columns, Path file, ReadOptions options) {
            this.id = id;
            this.request = request;
            this.codes = codes;
            this.hash = hash;
            this.mapping = mapping;
            this.columns = columns;
            this.file = file;
            this.options = options;
            this.atomicMode = request.mode() == ImportMode.ATOMIC;
            this.history = request.kind() == MeasureKind.CONTACT_EVENT ? new ContactHistory() : null;
        }

        long importId() {
            return id;
        }

        /**
         * Stores the file; answers the counts of every batch. A reader thread reads, maps and checks the rows (plain
         * Java, no transaction) while this thread stores the batches it hands over, so that reading the next batch
         * and writing this one overlap; at most two batches wait between them.
         */
        ImportRecords.Counts call() throws IOException {
            Handover handover = new Handover();
            Thread reader = new Thread(() -> read(handover), "blueprint-import-" + id + "-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                for (ImportBatches.Batch batch = handover.take(); batch != null; batch = handover.take()) {
                    store(batch);
                }
            } finally {
                handover.cancel();
                reader.interrupt();
                try {
                    reader.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return counts;
        }

        /** The reader's side: the file's rows into batches, handed over one by one; a failure is handed over too. */
        private void read(Handover handover) {
            try {
                RowMapper mapper = mapper(request, mapping, columns);
                List<RowStore.Stored> rows = new ArrayList<>();
                List<RowProblem> problems = new ArrayList<>();
                Map<String, Long> unknown = new TreeMap<>();
                long read = 0;
                long rejected = 0;
                long progress = 0;
                try (Table table = open(file, options)) {
                    for (SourceRow source = table.next(); source != null; source = table.next()) {
                        read++;
                        progress++;
                        MappedRow mapped = mapper.map(source);
                        MeasuredRow row = mapped.row();
                        if (row != null && !codes.containsKey(row.touchpointCode())) {
                            unknown.merge(row.touchpointCode(), 1L, Long::sum);
                            mapped = checked(mapped, codes);
                            row = null;
                        }
                        if (row == null) {
                            rejected++;
                            keep(problems, mapped.problems());
                        } else {
                            rows.add(stored(row));
                        }
                        if (read == settings.batchRows()) {
                            handover.put(batch(rows, problems, unknown, read, rejected, progress));
                            read = 0;
                            rejected = 0;
                        }
                    }
                }
                if (read > 0 || batchNumber == 0) {
                    handover.put(batch(rows, problems, unknown, read, rejected, progress));
                }
                handover.end();
            } catch (IOException | RuntimeException | Error e) {
                handover.fail(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void keep(List<RowProblem> problems, List<RowProblem> found) {
            for (RowProblem problem : found) {
                if (problemsKept < settings.maxProblems()) {
                    problems.add(problem);
                    problemsKept++;
                }
            }
        }

        private ImportBatches.Batch batch(List<RowStore.Stored> rows, List<RowProblem> problems, Map<String, Long> unknown,
                                          long read, long rejected, long progress) {
            batchNumber++;
            ImportBatches.Batch batch = new ImportBatches.Batch(id, request.serviceId(), request.source(), request.kind(),
                    List.copyOf(rows), List.copyOf(problems), Map.copyOf(unknown), read, rejected, progress, !atomicMode,
                    batchNumber, history);
            rows.clear();
            problems.clear();
            unknown.clear();
            return batch;
        }

        private void store(ImportBatches.Batch batch) {
            counts = counts.plus(batches.store(batch));
            if (atomicMode) {
                records.note(id, batch.problems(), batch.unknownCodes());
                records.progress(id, batch.progressRows());
            }
        }

        private RowStore.Stored stored(MeasuredRow row) {
            ServiceTouchpoints.Ref touchpoint = codes.get(row.touchpointCode());
            ZoneId zone = settings.zone();
            if (row instanceof SurveyAnswer answer) {
                return new SurveyStore.Row(answer.id(), answer.touchpointCode(), micros(answer.answeredAt()),
                        answer.answeredAt().atZone(zone).toLocalDate(),
                        (answer.channel() == null ? touchpoint.channel() : answer.channel()).name(), answer.ces(),
                        answer.scale(), answer.csat(), answer.nps(), hash.of(answer.customer()));
            }
            if (row instanceof ContactRecord contact) {
                return new ContactStore.Row(contact.id(), touchpoint.journeyId(),
                        contact.touchpointCode(), micros(contact.startedAt()), contact.startedAt().atZone(zone).toLocalDate(),
                        (contact.channel() == null ? touchpoint.channel() : contact.channel()).name(),
                        contact.waitSeconds(), contact.handleSeconds(), contact.transfers(), contact.resolved(),
                        contact.abandoned(), micros(contact.resolvedAt()), money(contact.orderValue()), contact.currency(),
                        hash.of(contact.customer()), micros(contact.updatedAt()), false, false);
            }
            CaseRecord serviceCase = (CaseRecord) row;
            return new CaseStore.Row(serviceCase.id(), serviceCase.kind(),
                    serviceCase.touchpointCode(), micros(serviceCase.openedAt()),
                    serviceCase.openedAt().atZone(zone).toLocalDate(), micros(serviceCase.closedAt()),
                    hash.of(serviceCase.customer()), money(serviceCase.orderValue()), serviceCase.currency());
        }
    }

    /** The row with an unknown touchpoint code turned into a problem; other rows as they are. */
    private static MappedRow checked(MappedRow mapped, Map<String, ServiceTouchpoints.Ref> codes) {
        MeasuredRow row = mapped.row();
        if (row == null || codes.containsKey(row.touchpointCode())) {
            return mapped;
        }
        return new MappedRow(mapped.line(), null, List.of(RowProblem.of(mapped.line(), "touchpoint_code",
                row.touchpointCode(), "import.row.unknownTouchpoint", row.touchpointCode())));
    }

    private RowMapper mapper(Request request, ColumnMapping mapping, List<Column> columns) {
        return new RowMapper(request.kind(), mapping, columns, request.zone() == null ? settings.zone() : request.zone(),
                clock, CesLabels.defaults().with(settings.cesLabels()));
    }

    private static ReadOptions options(Request request, ColumnMapping mapping) {
        ReadOptions saved = mapping == null ? ReadOptions.detect() : mapping.readOptions();
        ReadOptions given = request.options();
        if (given == null) {
            return saved;
        }
        ReadOptions merged = saved;
        if (given.type() != null) {
            merged = merged.withType(given.type());
        }
        if (given.encoding() != null) {
            merged = merged.withEncoding(given.encoding());
        }
        if (given.separator() != null) {
            merged = merged.withSeparator(given.separator());
        }
        if (given.headerRows() != null) {
            merged = merged.withHeaderRows(given.headerRows());
        }
        if (given.headerless() != null) {
            merged = merged.withHeaderless(given.headerless());
        }
        if (given.sheet() != null) {
            merged = merged.withSheet(given.sheet());
        }
        return merged;
    }

    private static Table open(Path file, ReadOptions options) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return Tables.open(in, options);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static java.math.BigDecimal money(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Batches from the reader thread to the storing one: at most two waiting, then the end or the reader's failure. */
    private static final class Handover {
        private static final Object END = new Object();
        private final java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(2);
        private volatile boolean cancelled;

        void put(ImportBatches.Batch batch) throws InterruptedException {
            offer(batch);
        }

        void end() throws InterruptedException {
            offer(END);
        }

        void fail(Throwable failure) {
            try {
                offer(failure);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void offer(Object item) throws InterruptedException {
            while (!cancelled && !queue.offer(item, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // the storing side is busy: wait for room, unless it gave up
            }
        }

        /** The next batch, or null at the end; rethrows the reader's failure. */
        ImportBatches.Batch take() throws IOException {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the import's rows", e);
            }
            if (item == END) {
                return null;
            }
            if (item instanceof IOException failure) {
                throw failure;
            }
            if (item instanceof RuntimeException failure) {
                throw failure;
            }
            if (item instanceof Error failure) {
                throw failure;
            }
            return (ImportBatches.Batch) item;
        }

        void cancel() {
            cancelled = true;
            queue.clear();
        }
    }
}
