package io.blueprint.web.api.account;

import io.blueprint.web.account.TokenSummary;

/** A token just created: {@code secret} is sent this once and can never be read again. */
public record IssuedTokenDto(TokenSummary token, String secret) {
}
