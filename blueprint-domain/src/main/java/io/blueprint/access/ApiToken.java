package io.blueprint.access;

import io.blueprint.shared.AbstractEntity;
import io.blueprint.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A named credential a script sends as {@code Authorization: Bearer …} with its owner's roles. The
 * token is 256 random bits, shown once; Blueprint keeps its SHA-256, which is enough for a secret
 * that cannot be guessed (a slow hash protects guessable passwords, not random tokens) and lets a
 * request be checked with one indexed lookup.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    public static final int MAX_NAME = 100;
    /** Every token starts so, which lets secret scanners and people recognise one. */
    public static final String PREFIX = "bpt_";
    /** Last use is written at most this often, so a busy script does not write on every request. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount owner;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16, updatable = false)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = UserAccount.MAX_USERNAME)
    private String revokedBy;

    protected ApiToken() {
    }

    private ApiToken(UserAccount owner, String name, String secret, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = Text.required(name, MAX_NAME, "token.name");
        this.tokenHash = digest(secret);
        this.tokenPrefix = secret.substring(0, PREFIX.length() + 6);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new token for {@code owner}; the returned secret is the only copy there will ever be. */
    static IssuedToken issue(UserAccount owner, String name, Instant now, Instant expiresAt) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new IssuedToken(new ApiToken(owner, name, secret, now, expiresAt), secret);
    }

    /** The stored form of a presented token. */
    public static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Not revoked and not expired. */
    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    /** Whether a use at {@code at} is worth writing down: the last one noted is older than a minute. */
    boolean useWorthNoting(Instant at) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USE_RESOLUTION).isBefore(at);
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    /** The first characters of the token, so its owner can tell which one a script holds. */
    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
