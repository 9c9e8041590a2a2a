package io.blueprint.web.it;

import io.blueprint.access.AccountAction;
import io.blueprint.access.AccountEvent;
import io.blueprint.access.Role;
import io.blueprint.access.SignInDesk;
import io.blueprint.access.UserAccount;
import io.blueprint.access.UserAccountRepository;
import io.blueprint.web.security.PasswordHashing;
import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passwords are stored as salted PBKDF2 hashes at 600,000 iterations, and older hashes are made again at sign-in. */
@ExtendWith(ArquillianExtension.class)
class PasswordHashingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.blueprintWith(PasswordHashingIT.class);
    }

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInDesk signIns;

    @Inject
    UserAccountRepository users;

    @Inject
    Pbkdf2PasswordHash olderHashing;

    @Inject
    UserTransaction transaction;

    @ArquillianResource
    URL base;

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = hashing.hash("correct horse battery staple".toCharArray());

        assertTrue(hashing.verify("correct horse battery staple".toCharArray(), hash));
        assertFalse(hashing.verify("correct horse battery stapler".toCharArray(), hash));
        assertFalse(hashing.verify("".toCharArray(), hash));
    }

    @Test
    void hashesAreSaltedAndNameTheirAlgorithmAndTheOwasp2023WorkFactor() {
        String first = hashing.hash("same password".toCharArray());
        String second = hashing.hash("same password".toCharArray());

        assertNotEquals(first, second, "a fresh salt for every hash");
        assertFalse(first.contains("same password"));
        String[] parts = first.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(600_000, Integer.parseInt(parts[1]));
        assertFalse(hashing.isOutdated(first));
    }

    @Test
    void signInChecksTheStoredHashAndNamesTheAccount() {
        Instant now = Instant.now();
        SignInDesk.Verdict designer = signIns.verifyPassword(DemoUser.DESIGNER.username,
                DemoUser.DESIGNER.password().toCharArray(), now);
        assertEquals(SignInDesk.Outcome.VALID, designer.outcome());
        assertEquals(Set.of("DESIGNER"), designer.account().roleNames());

        assertEquals(SignInDesk.Outcome.UNKNOWN_USER,
                signIns.verifyPassword("nobody-" + UUID.randomUUID(), "whatever".toCharArray(), now).outcome());
    }

    @Test
    void aHashMadeWithTheOldWorkFactorIsMadeAgainAtTheNextSignIn() throws Exception {
        String username = "upgrade-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "violet kettle mountain 47";
        olderHashing.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        String oldHash = olderHashing.generate(password.toCharArray());
        transaction.begin();
        users.store(new UserAccount(username, "Old Hash", oldHash, Set.of(Role.VIEWER)));
        transaction.commit();
        assertTrue(hashing.isOutdated(oldHash));

        HttpResponse<String> signedIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve("/api/v1/services"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signedIn.statusCode());

        UserAccount after = users.findByUsername(username).orElseThrow();
        assertNotEquals(oldHash, after.getPasswordHash());
        assertTrue(after.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:600000:"), after.getPasswordHash());
        assertTrue(hashing.verify(password.toCharArray(), after.getPasswordHash()));
        assertEquals(AccountAction.PASSWORD_HASH_UPGRADED,
                users.history(username, 10).stream().map(AccountEvent::getAction).findFirst().orElseThrow());
    }
}
