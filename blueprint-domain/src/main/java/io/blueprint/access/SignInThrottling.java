package io.blueprint.access;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated failed sign-ins slow an attacker down, for an account and for an address alike: the
 * first {@code freeFailures} cost nothing, each one after that doubles the wait before the next
 * attempt (1 s, 2 s, 4 s … up to {@code maxDelay}), and {@code lockAfter} failures in a row lock for
 * {@code lockDuration}. A success or an admin's unlock starts the count again.
 */
public record SignInThrottling(int freeFailures, Duration maxDelay, int lockAfter, Duration lockDuration) {

    public SignInThrottling {
        if (freeFailures < 0 || lockAfter <= freeFailures) {
            throw new IllegalArgumentException("lockAfter must exceed freeFailures");
        }
    }

    /** 5 free failures, then 1 s doubling up to 60 s, and a 15-minute lock after 10. */
    public static SignInThrottling accountDefaults() {
        return new SignInThrottling(5, Duration.ofSeconds(60), 10, Duration.ofMinutes(15));
    }

    /** An office behind one address makes more mistakes than one person: 20 free, a lock after 50. */
    public static SignInThrottling addressDefaults() {
        return new SignInThrottling(20, Duration.ofSeconds(60), 50, Duration.ofMinutes(15));
    }

    /** When the next attempt may be made after {@code failures} failures in a row, the last at {@code lastFailure}. */
    public Instant nextAttemptAt(int failures, Instant lastFailure) {
        if (failures <= freeFailures || lastFailure == null) {
            return Instant.MIN;
        }
        if (failures >= lockAfter) {
            return lastFailure.plus(lockDuration);
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return lastFailure.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /** Whether {@code failures} in a row lock rather than only delay. */
    public boolean locks(int failures) {
        return failures >= lockAfter;
    }
}
