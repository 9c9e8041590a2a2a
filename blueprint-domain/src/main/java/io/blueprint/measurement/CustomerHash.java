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
 * identifiers; repeat contacts still join on them. One instance hashes for one import at a time (its MAC is
 * made once, not per row, and is not shared between threads).
 */
public final class CustomerHash {

    private static final String ALGORITHM = "HmacSHA256";
    private final Mac mac;

    public CustomerHash(byte[] key) {
        if (key == null || key.length < 16) {
            throw DomainException.conflict("import.customerKey.missing");
        }
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.clone(), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** The hash of one identifier, or null for none (an anonymous row). */
    public String of(String customer) {
        if (customer == null || customer.isBlank()) {
            return null;
        }
        byte[] digest = mac.doFinal(customer.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
