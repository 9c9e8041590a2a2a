package io.blueprint.web.live;

import io.blueprint.measurement.Jdbc;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Something changed on this subject" ({@code journey:12}, {@code guarantee:CALL-30}), for every open page of it on
 * every node: the pages listen on the Faces WebSocket channel {@code live} and refresh themselves. On PostgreSQL the
 * signal goes through the database ({@code NOTIFY blueprint_live}), and each node's listener thread pushes what it
 * hears to the browsers connected to it, so a change on one node reaches the pages on all of them. The embedded H2
 * database belongs to one node: there the signal is pushed directly.
 */
@ApplicationScoped
public class LiveSignals {

    static final String CHANNEL = "blueprint_live";
    private static final Logger LOG = Logger.getLogger(LiveSignals.class.getName());
    /** Longer than this, a subject is not a subject (NOTIFY takes up to 8000 bytes). */
    private static final int MAX_SUBJECT = 120;

    @Resource(lookup = "java:jboss/datasources/BlueprintDS")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    @Push(channel = "live")
    PushContext live;

    private volatile boolean postgres;
    private volatile boolean listening;
    private volatile Thread listener;

    /** At start-up: on PostgreSQL, this node starts listening to the other nodes' signals. */
    public void start() {
        try (Connection connection = dataSource.getConnection()) {
            postgres = Jdbc.isPostgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database runs", e);
        }
        if (postgres) {
            listening = true;
            listener = threads.newThread(this::listen);
            listener.setName("blueprint-live-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    /**
     * Tells every open page of the subject, on every node, that it changed; {@code fromPage} is the page that changed
     * it (it has shown the change already), or null. Never fails the caller's work.
     */
    public void changed(String subject, String fromPage) {
        signal(subject, fromPage, "change");
    }

    /** Someone came to the subject's page or left it: the others draw their list of who is there again. */
    public void presenceChanged(String subject, String fromPage) {
        signal(subject, fromPage, "presence");
    }

    private void signal(String subject, String fromPage, String kind) {
        if (subject == null || subject.length() > MAX_SUBJECT || subject.contains("\n")) {
            return;
        }
        String payload = subject + "\n" + (fromPage == null ? "" : fromPage) + "\n" + kind;
        if (!postgres) {
            push(payload);
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            // the change itself is stored; the others see it at their next beat or reload
            LOG.log(Level.WARNING, "Could not signal a change of " + subject, e);
        }
    }

    /** The listener thread: LISTEN on a connection of its own, push what arrives, connect again after a failure. */
    private void listen() {
        while (listening) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                LOG.info("Listening for live changes from every node (" + CHANNEL + ")");
                while (listening) {
                    PGNotification[] arrived = pg.getNotifications(1000);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            push(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    LOG.log(Level.WARNING, "Live changes: the database connection failed; trying again in 2 s", e);
                    pause();
                }
            }
        }
    }

    /** To the browsers connected to this node: {"subject": …, "from": …, "kind": "change" or "presence"} (live.js). */
    private void push(String payload) {
        String[] parts = payload.split("\n", -1);
        Map<String, String> message = new HashMap<>();
        message.put("subject", parts[0]);
        message.put("from", parts.length > 1 ? parts[1] : "");
        message.put("kind", parts.length > 2 ? parts[2] : "change");
        try {
            live.send(message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push a live change to the pages on this node", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        listening = false;
        Thread running = listener;
        if (running != null) {
            running.interrupt();
        }
    }
}
