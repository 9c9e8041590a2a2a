package io.blueprint.web.measurement;

import io.blueprint.measurement.ClusterNode;
import io.blueprint.measurement.ImportRecords;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who runs which import, for a cluster: every few seconds ({@code BLUEPRINT_MEASUREMENT_HEARTBEAT}) this node notes in the database that it still
 * runs its running imports, and marks as interrupted those of a node that has stopped doing so for a while
 * ({@code BLUEPRINT_MEASUREMENT_ABANDONED_AFTER}: a node killed in the
 * middle of an import). Any node's imports page then shows them interrupted, and running the file again completes them.
 */
@ApplicationScoped
public class ImportHeartbeat {

    private static final Logger LOG = Logger.getLogger(ImportHeartbeat.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ImportRecords records;

    /** How often this node says that it still runs its imports. */
    @Inject
    @ConfigProperty(name = "blueprint.measurement.heartbeat", defaultValue = "PT10S")
    Duration every;

    /** A running import whose node has been silent this long is taken as interrupted: the node is gone. */
    @Inject
    @ConfigProperty(name = "blueprint.measurement.abandoned-after", defaultValue = "PT60S")
    Duration silence;

    private ScheduledFuture<?> beating;

    /** At start-up, after the schema is migrated: this node's earlier imports end, then it beats. */
    public int start() {
        if (every.isNegative() || every.isZero() || silence.compareTo(every.multipliedBy(3)) < 0) {
            throw new IllegalStateException("BLUEPRINT_MEASUREMENT_ABANDONED_AFTER (" + silence + ") must be at least three"
                    + " times BLUEPRINT_MEASUREMENT_HEARTBEAT (" + every + "), which must be positive: a live node that"
                    + " misses a beat must not lose its imports");
        }
        String node = ClusterNode.name();
        int interrupted = records.interruptAtStart(node, Instant.now(), silence);
        beating = scheduler.scheduleWithFixedDelay(this::beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return interrupted;
    }

    void beat() {
        String node = ClusterNode.name();
        try {
            Instant now = Instant.now();
            records.beat(node, now);
            int abandoned = records.interruptAbandoned(node, now, silence);
            if (abandoned > 0) {
                LOG.warning(abandoned + " imports of a node that stopped answering are marked interrupted;"
                        + " running their files again completes them.");
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next beat tries again
            LOG.log(Level.WARNING, "Import heartbeat of " + node + " failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (beating != null) {
            beating.cancel(false);
        }
    }
}
