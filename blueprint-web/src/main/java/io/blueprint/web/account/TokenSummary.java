package io.blueprint.web.account;

import io.blueprint.access.ApiToken;

import java.io.Serializable;
import java.time.Instant;

/** An API token as its owner and admins see it: its name and first characters, never the secret or its hash. */
public record TokenSummary(long id, String owner, String name, String prefix, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, TokenStatus status, Instant revokedAt, String revokedBy)
        implements Serializable {

    public static TokenSummary of(ApiToken token, Instant now) {
        TokenStatus status = token.getRevokedAt() != null ? TokenStatus.REVOKED
                : token.isActive(now) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
        return new TokenSummary(token.getId(), token.getOwner().getUsername(), token.getName(),
                token.getTokenPrefix(), token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(), status,
                token.getRevokedAt(), token.getRevokedBy());
    }

    public boolean isActive() {
        return status == TokenStatus.ACTIVE;
    }
}
