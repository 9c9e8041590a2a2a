package io.blueprint.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has head room: a process that is out of memory must be restarted, while a
 * database outage must not restart it (that is readiness' business).
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    static final double MAX_HEAP_USED = 0.98;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("blueprint")
                .status(share < MAX_HEAP_USED)
                .withData("heapUsedPercent", Math.round(share * 100))
                .build();
    }
}
