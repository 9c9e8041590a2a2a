package io.blueprint.web.it;

import io.blueprint.web.security.DatabaseIdentityStore;
import io.blueprint.web.security.PasswordHashing;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passwords are stored as salted PBKDF2 hashes, and sign-in checks them against the database. */
@ExtendWith(ArquillianExtension.class)
class PasswordHashingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.blueprintWith(PasswordHashingIT.class);
    }

    @Inject
    PasswordHashing hashing;

    @Inject
    DatabaseIdentityStore identityStore;

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = hashing.hash("correct horse battery staple".toCharArray());

        assertTrue(hashing.verify("correct horse battery staple".toCharArray(), hash));
        assertFalse(hashing.verify("correct horse battery stapler".toCharArray(), hash));
        assertFalse(hashing.verify("".toCharArray(), hash));
    }

    @Test
    void hashesAreSaltedAndNameTheirAlgorithmAndWorkFactor() {
        String first = hashing.hash("same password".toCharArray());
        String second = hashing.hash("same password".toCharArray());

        assertNotEquals(first, second, "a fresh salt for every hash");
        assertFalse(first.contains("same password"));
        String[] parts = first.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 100_000, "iterations: " + parts[1]);
    }

    @Test
    void signInChecksTheStoredHashAndGrantsTheUsersRole() {
        CredentialValidationResult designer = identityStore.validate(
                new UsernamePasswordCredential(DemoUser.DESIGNER.username, new Password(DemoUser.DESIGNER.password())));
        assertEquals(CredentialValidationResult.Status.VALID, designer.getStatus());
        assertEquals(Set.of("DESIGNER"), designer.getCallerGroups());

        CredentialValidationResult wrong = identityStore.validate(
                new UsernamePasswordCredential(DemoUser.DESIGNER.username, new Password("not-the-password")));
        assertEquals(CredentialValidationResult.Status.INVALID, wrong.getStatus());

        CredentialValidationResult unknown = identityStore.validate(
                new UsernamePasswordCredential("nobody", new Password("whatever")));
        assertEquals(CredentialValidationResult.Status.INVALID, unknown.getStatus());
    }
}
