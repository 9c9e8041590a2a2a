package io.blueprint.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Basic credentials verified in the last few minutes, so that a script sending its password with
 * every request pays for one PBKDF2 run, not one per request. The key is an HMAC of user name and
 * password under a random key that lives only in this JVM's memory, so the cache holds no password
 * and nothing an attacker could test guesses against offline. An entry names the password hash it
 * was verified against: once the password changes (or the account is disabled, which the caller
 * checks on every request) the entry no longer counts.
 */
@ApplicationScoped
public class CredentialCache {

    /** What a cached verification vouches for. */
    record Entry(String username, String passwordHash, Instant verifiedAt) {
    }

    @Inject
    @ConfigProperty(name = "blueprint.security.basic-cache.seconds", defaultValue = "300")
    long ttlSeconds;

    @Inject
    @ConfigProperty(name = "blueprint.security.basic-cache.max-entries", defaultValue = "10000")
    int maxEntries;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private SecretKeySpec key;

    @PostConstruct
    void createKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** The verification of this exact user name and password, if one is recent enough. */
    Optional<Entry> find(String username, char[] password, Instant now) {
        if (ttlSeconds <= 0) {
            return Optional.empty();
        }
        String id = id(username, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.verifiedAt().plus(Duration.ofSeconds(ttlSeconds)).isBefore(now)) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    void remember(String username, char[] password, String passwordHash, Instant now) {
        if (ttlSeconds <= 0 || passwordHash == null) {
            return;
        }
        if (entries.size() >= maxEntries) {
            Instant oldest = now.minusSeconds(ttlSeconds);
            entries.values().removeIf(e -> e.verifiedAt().isBefore(oldest));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(id(username, password), new Entry(username, passwordHash, now));
    }

    private String id(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
