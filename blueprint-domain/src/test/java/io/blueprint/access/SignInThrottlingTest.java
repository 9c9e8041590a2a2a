package io.blueprint.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottlingTest {

    private final SignInThrottling throttling = SignInThrottling.accountDefaults();
    private final Instant last = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theFirstFiveFailuresCostNoWait() {
        for (int failures = 0; failures <= 5; failures++) {
            assertThat(throttling.nextAttemptAt(failures, last)).as("after %d", failures).isEqualTo(Instant.MIN);
        }
    }

    @Test
    void eachFailureAfterThatDoublesTheWaitUpToAMinute() {
        assertThat(Duration.between(last, throttling.nextAttemptAt(6, last))).hasSeconds(1);
        assertThat(Duration.between(last, throttling.nextAttemptAt(7, last))).hasSeconds(2);
        assertThat(Duration.between(last, throttling.nextAttemptAt(8, last))).hasSeconds(4);
        assertThat(Duration.between(last, throttling.nextAttemptAt(9, last))).hasSeconds(8);
        SignInThrottling slowLock = new SignInThrottling(1, Duration.ofSeconds(60), 40, Duration.ofMinutes(15));
        assertThat(Duration.between(last, slowLock.nextAttemptAt(30, last))).hasSeconds(60);
    }

    @Test
    void tenFailuresInARowLockForFifteenMinutes() {
        assertThat(throttling.locks(9)).isFalse();
        assertThat(throttling.locks(10)).isTrue();
        assertThat(Duration.between(last, throttling.nextAttemptAt(10, last))).isEqualTo(Duration.ofMinutes(15));
        assertThat(Duration.between(last, throttling.nextAttemptAt(25, last))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAccountThatFailedOftenIsLockedUntilItsNextAttemptTime() {
        UserAccount account = new UserAccount("dana", "Dana", "hash", java.util.Set.of(Role.DESIGNER));

        assertThat(account.isLocked(last, throttling)).isFalse();
        assertThat(account.nextSignInAttemptAt(throttling)).isEqualTo(Instant.MIN);
    }
}
