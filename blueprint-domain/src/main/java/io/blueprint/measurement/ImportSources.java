package io.blueprint.measurement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprint.measurement.read.ColumnMapping;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sources of measured data by name ("qualtrics-returns", "connect-ctr"), each with the column mapping
 * chosen for its files, so that the next file of a source imports without questions.
 */
@ApplicationScoped
public class ImportSources {

    /** A source as saved. */
    public record Source(String name, MeasureKind kind, ColumnMapping mapping, Instant updatedAt, String updatedBy) {
    }

    public static final int NAME_MAX = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    Jdbc jdbc;

    /** Checks a source name's form: letters, digits, '.', '_' and '-', at most 100, starting with a letter or digit. */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("import.source.required").at("source");
        }
        String stripped = name.strip();
        if (stripped.length() > NAME_MAX || !NAME.matcher(stripped).matches()) {
            throw new DomainException("import.source.format", NAME_MAX).at("source");
        }
        return stripped;
    }

    @Transactional
    public Optional<Source> find(String name) {
        return jdbc.work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT name, kind, mapping, updated_at, updated_by FROM import_source WHERE name = ?")) {
                statement.setString(1, name);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(source(rows)) : Optional.<Source>empty();
                }
            }
        });
    }

    @Transactional
    public List<Source> list() {
        return jdbc.work(connection -> {
            List<Source> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT name, kind, mapping, updated_at, updated_by FROM import_source ORDER BY name");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(source(rows));
                }
            }
            return found;
        });
    }

    /** The saved mapping of a source, for files of its kind; a source saved for another kind is refused. */
    public Optional<ColumnMapping> mapping(String name, MeasureKind kind) {
        return find(name).map(source -> {
            if (source.kind() != kind) {
                throw DomainException.conflict("import.source.otherKind", name, source.kind().slug());
            }
            return source.mapping();
        });
    }

    /** Saves (or replaces) a source's mapping; answers whether it was new. */
    @Transactional
    public boolean save(String name, MeasureKind kind, ColumnMapping mapping, String actor, Instant now) {
        String checked = checkName(name);
        String json = write(mapping);
        return jdbc.work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE import_source SET kind = ?, mapping = ?,"
                    + " updated_at = ?, updated_by = ?, version = version + 1 WHERE name = ?")) {
                update.setString(1, kind.name());
                update.setString(2, json);
                Jdbc.set(update, 3, now);
                update.setString(4, actor);
                update.setString(5, checked);
                if (update.executeUpdate() > 0) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_source (name, kind, mapping,"
                    + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, checked);
                insert.setString(2, kind.name());
                insert.setString(3, json);
                Jdbc.set(insert, 4, now);
                insert.setString(5, actor);
                insert.executeUpdate();
                return true;
            }
        });
    }

    @Transactional
    public boolean delete(String name) {
        return jdbc.work(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM import_source WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** The mapping as the API and the database hold it. */
    public static String write(ColumnMapping mapping) {
        try {
            String json = JSON.writeValueAsString(mapping);
            if (json.length() > 20_000) {
                throw new DomainException("import.source.tooLarge", 20_000).at("mapping");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a column mapping is always JSON", e);
        }
    }

    public static ColumnMapping read(String json) {
        try {
            return JSON.readValue(json, ColumnMapping.class);
        } catch (JsonProcessingException e) {
            throw new DomainException("import.source.mapping", e.getOriginalMessage()).at("mapping");
        }
    }

    private static Source source(ResultSet rows) throws java.sql.SQLException {
        return new Source(rows.getString("name"), MeasureKind.valueOf(rows.getString("kind")), read(rows.getString("mapping")),
                Jdbc.instant(rows, "updated_at"), rows.getString("updated_by"));
    }
}
