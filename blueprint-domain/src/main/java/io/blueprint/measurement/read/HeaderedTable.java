package io.blueprint.measurement.read;

import io.blueprint.measurement.MeasureKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table over the records of a text file or a sheet: reads the header rows the options name or the
 * layout implies (Blueprint, Qualtrics with three rows, legacy Qualtrics with two, generic, none), and
 * hands out the data records after them, skipping empty ones.
 */
final class HeaderedTable implements Table {

    /** Qualtrics' third header row: {@code {"ImportId":"QID1"}}, or in 2016 exports {@code {'ImportId': 'QID1'}}. */
    private static final Pattern IMPORT_ID = Pattern.compile("\\{\\s*[\"']ImportId[\"']\\s*:.*}");
    private static final Pattern LEGACY_ID = Pattern.compile("V\\d+");
    /** Cells that only data holds: numbers and dates. */
    private static final Pattern DATA = Pattern.compile("[-+]?\\d+([.,]\\d+)?|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}.*");
    /** The header row and what may follow it: Qualtrics' labels and ImportId rows. */
    private static final int LOOKAHEAD = 3;

    private final RecordSource source;
    private final LinkedList<SourceRow> pending = new LinkedList<>();
    private final FileDescription description;
    private final List<Column> columns;

    HeaderedTable(RecordSource source, ReadOptions options, FileType type, String encoding, Character separator,
                  List<String> sheets, String sheet) throws IOException {
        this.source = source;
        while (pending.size() < LOOKAHEAD) {
            SourceRow row = nextNonEmpty();
            if (row == null) {
                break;
            }
            pending.add(row);
        }
        boolean headerless = options.headerless() != null ? options.headerless()
                : !pending.isEmpty() && looksLikeData(pending.getFirst());
        Layout layout;
        int headerRows;
        if (headerless) {
            layout = Layout.HEADERLESS;
            headerRows = 0;
            int width = pending.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
            List<Column> positional = new ArrayList<>();
            for (int p = 1; p <= width; p++) {
                positional.add(new Column(p, Column.positional(p), Column.positional(p)));
            }
            this.columns = List.copyOf(positional);
        } else {
            SourceRow header = pending.poll();
            List<String> ids = header == null ? List.of() : header.cells().stream().map(Column::normalise).toList();
            layout = layoutOf(ids);
            headerRows = options.headerRows() != null ? options.headerRows()
                    : layout == Layout.QUALTRICS ? 2 : layout == Layout.QUALTRICS_LEGACY ? 1 : 0;
            boolean labelled = (layout == Layout.QUALTRICS || layout == Layout.QUALTRICS_LEGACY) && headerRows >= 1;
            List<String> labels = labelled && !pending.isEmpty() ? pending.getFirst().cells() : List.of();
            for (int skipped = 0; skipped < headerRows; skipped++) {
                if (pending.poll() == null && nextNonEmpty() == null) {
                    break;
                }
            }
            this.columns = columns(ids, labels);
        }
        this.description = new FileDescription(type, encoding, separator, headerRows, headerless, layout, sheets, sheet);
    }

    private Layout layoutOf(List<String> ids) {
        if (isBlueprint(ids)) {
            return Layout.BLUEPRINT;
        }
        if (pending.size() >= 2 && isImportIdRow(pending.get(1))) {
            return Layout.QUALTRICS;
        }
        if (ids.size() >= 2 && ids.get(0).equals("V1") && LEGACY_ID.matcher(ids.get(1)).matches()) {
            return Layout.QUALTRICS_LEGACY;
        }
        return Layout.GENERIC;
    }

    private static boolean isBlueprint(List<String> ids) {
        Set<String> named = new HashSet<>();
        for (String id : ids) {
            if (!id.isEmpty()) {
                named.add(id.toLowerCase(Locale.ROOT));
            }
        }
        for (MeasureKind kind : MeasureKind.values()) {
            if (named.contains(kind.idField()) && kind.fields().containsAll(named)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImportIdRow(SourceRow row) {
        return row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).findFirst()
                .map(c -> IMPORT_ID.matcher(c).matches()).orElse(false);
    }

    /** A first row with a number or a date in it, or mostly blank, is data: headers are names. */
    private static boolean looksLikeData(SourceRow first) {
        long blank = first.cells().stream().filter(String::isBlank).count();
        return blank * 2 > first.cells().size()
                || first.cells().stream().map(String::strip).anyMatch(c -> DATA.matcher(c).matches());
    }

    private static List<Column> columns(List<String> ids, List<String> labels) {
        List<Column> columns = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            int position = i + 1;
            String id = ids.get(i).isEmpty() ? Column.positional(position) : ids.get(i);
            String label = i < labels.size() ? Column.normalise(labels.get(i)) : "";
            columns.add(new Column(position, id, label.isEmpty() ? id : label));
        }
        return List.copyOf(columns);
    }

    private static boolean isBlank(SourceRow row) {
        for (String cell : row.cells()) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private SourceRow nextNonEmpty() throws IOException {
        SourceRow row;
        do {
            row = source.next();
        } while (row != null && isBlank(row));
        return row;
    }

    @Override
    public FileDescription description() {
        return description;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public SourceRow next() throws IOException {
        return pending.isEmpty() ? nextNonEmpty() : pending.poll();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
