package io.blueprint.measurement;

import io.blueprint.shared.DomainException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;

/**
 * The only form in which a customer is stored: HMAC-SHA-256 of the identifier (trimmed, lower case,
 * so that "Kim@Example.com " and "kim@example.com" are one customer) under a configured key, in
 * base64url. Without the key the stored hashes cannot be traced back to customers by trying
 * identifiers; repeat contacts still join on them.
 */
public final class CustomerHash {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public CustomerHash(byte[] key) {
        if (key == null || key.length < 16) {
            throw DomainException.conflict("import.customerKey.missing");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The hash of one identifier, or null for none (an anonymous row). */
    public String of(String customer) {
        if (customer == null || customer.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(customer.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
