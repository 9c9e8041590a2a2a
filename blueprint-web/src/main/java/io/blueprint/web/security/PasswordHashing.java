package io.blueprint.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes in the self-describing form
 * {@code algorithm:iterations:salt:hash}, so the work factor can rise without invalidating old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "blueprint.security.pbkdf2.iterations", defaultValue = "210000")
    int iterations;

    /** A hash that verifies nothing useful; checked when the user is unknown, so timing does not tell. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password, storedHash);
    }

    /** Spends the same time as a real check, for an unknown user name. */
    void verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
