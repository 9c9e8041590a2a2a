package io.blueprint.web.security;

import io.blueprint.access.SignInThrottling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per network address, whatever user names they try, so that one address cannot
 * guess through many accounts (or spend the server's CPU on PBKDF2) unhindered. Kept in this node's
 * memory, bounded; an address's count is forgotten once its lock or delay has run out for a lock
 * period.
 */
@ApplicationScoped
public class AddressThrottle {

    static final int MAX_ADDRESSES = 100_000;

    private record Failures(int count, Instant last) {
    }

    @Inject
    AccountSettingsProducer settings;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    /** When this address may try again, if it must wait. */
    public Optional<Instant> throttledUntil(String address, Instant now) {
        Failures seen = failures.get(address);
        if (seen == null) {
            return Optional.empty();
        }
        Instant next = throttling().nextAttemptAt(seen.count(), seen.last());
        return next.isAfter(now) ? Optional.of(next) : Optional.empty();
    }

    /** Counts a failure; answers when the address may try again (Instant.MIN: at once). */
    public Instant recordFailure(String address, Instant now) {
        SignInThrottling throttling = throttling();
        if (failures.size() >= MAX_ADDRESSES) {
            forgetOld(now, throttling);
        }
        Failures updated = failures.compute(address, (a, seen) -> {
            if (seen == null || forgotten(seen, now, throttling)) {
                return new Failures(1, now);
            }
            return new Failures(seen.count() + 1, now);
        });
        return throttling.nextAttemptAt(updated.count(), updated.last());
    }

    private SignInThrottling throttling() {
        return settings.addressThrottling();
    }

    private static boolean forgotten(Failures seen, Instant now, SignInThrottling throttling) {
        return seen.last().plus(throttling.lockDuration()).isBefore(now);
    }

    private void forgetOld(Instant now, SignInThrottling throttling) {
        failures.values().removeIf(seen -> forgotten(seen, now, throttling));
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear();
        }
    }
}
