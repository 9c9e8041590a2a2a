package io.blueprint.web.security;

import io.blueprint.access.SignInThrottling;
import io.blueprint.measurement.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins per network address, whatever user names they try, so that one address cannot
 * guess through many accounts (or spend the servers' CPU on PBKDF2) unhindered. Kept in the database
 * (V11, {@code address_failure}), so that every node of a cluster holds the same address back; an
 * address's count is forgotten, and its row deleted, once it has been quiet for a lock period.
 */
@ApplicationScoped
public class AddressThrottle {

    private static final String COUNT_POSTGRES = "INSERT INTO address_failure (address, failures, last_at) VALUES (?, 1, ?)"
            + " ON CONFLICT (address) DO UPDATE SET failures = CASE WHEN address_failure.last_at < ? THEN 1"
            + " ELSE address_failure.failures + 1 END, last_at = EXCLUDED.last_at";
    private static final String COUNT_H2 = "MERGE INTO address_failure f USING (SELECT CAST(? AS VARCHAR(64)) AS address,"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE) AS last_at) s ON (f.address = s.address)"
            + " WHEN MATCHED THEN UPDATE SET failures = CASE WHEN f.last_at < ? THEN 1 ELSE f.failures + 1 END,"
            + " last_at = s.last_at WHEN NOT MATCHED THEN INSERT (address, failures, last_at) VALUES (s.address, 1, s.last_at)";

    @Inject
    AccountSettingsProducer settings;

    @Inject
    Jdbc jdbc;

    /** When this address may try again, if it must wait. */
    @Transactional
    public Optional<Instant> throttledUntil(String address, Instant now) {
        return jdbc.work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT failures, last_at FROM address_failure WHERE address = ?")) {
                select.setString(1, address);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Instant>empty();
                    }
                    Instant next = throttling().nextAttemptAt(row.getInt(1), row.getTimestamp(2).toInstant());
                    return next.isAfter(now) ? Optional.of(next) : Optional.<Instant>empty();
                }
            }
        });
    }

    /** Counts a failure; answers when the address may try again (Instant.MIN: at once). */
    @Transactional
    public Instant recordFailure(String address, Instant now) {
        SignInThrottling throttling = throttling();
        Timestamp forgottenBefore = Timestamp.from(now.minus(throttling.lockDuration()));
        return jdbc.work(connection -> {
            try (PreparedStatement count = connection.prepareStatement(Jdbc.isPostgres(connection) ? COUNT_POSTGRES : COUNT_H2)) {
                count.setString(1, address);
                count.setTimestamp(2, Timestamp.from(now));
                count.setTimestamp(3, forgottenBefore);
                count.executeUpdate();
            }
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM address_failure WHERE last_at < ?")) {
                forget.setTimestamp(1, forgottenBefore);
                forget.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT failures FROM address_failure WHERE address = ?")) {
                select.setString(1, address);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return throttling.nextAttemptAt(row.getInt(1), now);
                }
            }
        });
    }

    private SignInThrottling throttling() {
        return settings.addressThrottling();
    }
}
