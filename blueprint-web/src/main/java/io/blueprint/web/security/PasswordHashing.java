package io.blueprint.web.security;

import io.blueprint.access.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes in the self-describing form
 * {@code algorithm:iterations:salt:hash}, so the work factor can rise without invalidating old
 * hashes: a hash made with fewer iterations than configured is outdated and made again at the
 * owner's next sign-in.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "blueprint.security.pbkdf2.iterations", defaultValue = "600000")
    int iterations;

    /** A hash that verifies nothing useful; checked when the user is unknown, so timing does not tell. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password, storedHash);
    }

    @Override
    public boolean isOutdated(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Spends the same time as a real check, for an unknown user name. */
    @Override
    public void verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
