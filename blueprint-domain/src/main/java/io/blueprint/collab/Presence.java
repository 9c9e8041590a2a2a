package io.blueprint.collab;

import io.blueprint.measurement.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who else has a blueprint or a guarantee open: every open page is a row of {@code presence} (V12), so that all
 * nodes of a cluster see the same people. A page {@linkplain #beat beats} every {@link #BEAT}; one that has not
 * beaten for {@link #GONE_AFTER} (a closed laptop, a crashed browser, a node that died) no longer counts, and its
 * row is deleted by the next visitor's beat. A subject is a string such as {@code journey:12} or
 * {@code guarantee:CALL-30}.
 */
@ApplicationScoped
@Transactional
public class Presence {

    /** How often an open page says it is still open. */
    public static final Duration BEAT = Duration.ofSeconds(10);
    /** Three missed beats: the page is gone. */
    public static final Duration GONE_AFTER = BEAT.multipliedBy(3);
    /** The longest a subject is, as written in the table. */
    public static final int MAX_SUBJECT = 120;

    /** Someone on a page: who, by which name, in which role (a {@link io.blueprint.access.Role} name). */
    public record Visitor(String username, String displayName, String role) implements Serializable {
        public Visitor {
            Objects.requireNonNull(username, "username");
            displayName = displayName == null || displayName.isBlank() ? username : displayName;
            Objects.requireNonNull(role, "role");
        }
    }

    @Inject
    Jdbc jdbc;

    /** A page of the subject opens (or opens again after a reload of the same page). */
    public void enter(String pageId, String subject, Visitor visitor, String node, Instant now) {
        if (subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("subject longer than " + MAX_SUBJECT + ": " + subject);
        }
        jdbc.work(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM presence WHERE page_id = ?")) {
                delete.setString(1, pageId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO presence"
                    + " (page_id, subject, username, display_name, role, node, entered_at, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, pageId);
                insert.setString(2, subject);
                insert.setString(3, visitor.username());
                insert.setString(4, truncate(visitor.displayName(), 200));
                insert.setString(5, visitor.role());
                insert.setString(6, truncate(node, 100));
                insert.setTimestamp(7, Timestamp.from(now));
                insert.setTimestamp(8, Timestamp.from(now));
                return insert.executeUpdate();
            }
        });
    }

    /**
     * The page is still open. False when its row is gone (it was silent too long, or never entered): the caller
     * enters it again. Rows silent for long are deleted on the way.
     */
    public boolean beat(String pageId, Instant now) {
        return jdbc.work(connection -> {
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM presence WHERE seen_at < ?")) {
                forget.setTimestamp(1, Timestamp.from(now.minus(GONE_AFTER.multipliedBy(10))));
                forget.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE presence SET seen_at = ? WHERE page_id = ?")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, pageId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** The page was closed by its user; answers its subject, if the page was that user's and still there. */
    public Optional<String> leave(String pageId, String username) {
        return jdbc.work(connection -> {
            String subject;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT subject FROM presence WHERE page_id = ? AND username = ?")) {
                select.setString(1, pageId);
                select.setString(2, username);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<String>empty();
                    }
                    subject = row.getString(1);
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM presence WHERE page_id = ?")) {
                delete.setString(1, pageId);
                delete.executeUpdate();
            }
            return Optional.of(subject);
        });
    }

    /**
     * Everyone else on the subject now, in the order they came, once each however many pages they have open:
     * the user asking (by user name) is not among them.
     */
    public List<Visitor> others(String subject, String username, Instant now) {
        return jdbc.work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT username, display_name, role FROM presence"
                    + " WHERE subject = ? AND seen_at >= ? AND username <> ? ORDER BY entered_at, page_id")) {
                select.setString(1, subject);
                select.setTimestamp(2, Timestamp.from(now.minus(GONE_AFTER)));
                select.setString(3, username);
                Map<String, Visitor> byUser = new LinkedHashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        byUser.putIfAbsent(rows.getString(1), new Visitor(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                }
                return List.copyOf(byUser.values());
            }
        });
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
