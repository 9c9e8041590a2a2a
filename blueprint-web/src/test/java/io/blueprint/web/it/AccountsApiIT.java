package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts and API tokens over real HTTP: admins create, change, disable and enable accounts and
 * reset passwords; the password policy says why it refuses; a change of roles or a disabled account
 * counts from the next request, by Basic, the login form and tokens alike; everyone changes their
 * own password and keeps their own tokens. Each test makes accounts of its own and leaves the demo
 * users as they are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    /** The failed sign-ins these tests make on purpose count against an address of their own. */
    private static final String CLIENT_ADDRESS = "198.51.100.80";

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base).from(CLIENT_ADDRESS);
    }

    // ---- helpers

    /** A user name nobody else's test uses. */
    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A password the policy accepts: long, random, nothing like a user name. */
    private static String strongPassword() {
        return "Tulip " + UUID.randomUUID() + " lantern";
    }

    private HttpResponse<String> admin(String method, String path, String etag, String body) {
        return api.call(DemoUser.ADMIN, method, path, etag, body);
    }

    private HttpResponse<String> as(String username, String password, String method, String path, String body) {
        return api.callWith(Http.basic(username, password), method, path, null, body);
    }

    /** Creates a local account (a password of its own, not temporary) and answers the creation. */
    private HttpResponse<String> create(String username, String password, String role) {
        return admin("POST", "/users", null, """
                {"username":"%s","displayName":"Test %s","password":"%s","roles":["%s"],"temporaryPassword":false}"""
                .formatted(username, username, password, role));
    }

    private String etagOf(String username) {
        return ApiClient.etag(admin("GET", "/users/" + username, null, null));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    private static JsonObject firstFieldError(HttpResponse<String> response) {
        return json(response).getJsonArray("fieldErrors").getJsonObject(0);
    }

    // ---- creating and signing in

    @Test
    void anAdminCreatesAnAccountThatThenSignsInWithBasic() {
        String username = fresh("nadia");
        String password = strongPassword();

        HttpResponse<String> created = create(username, password, "DESIGNER");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/api/v1/users/" + username);
        assertThat(created.headers().firstValue("ETag")).isPresent();
        JsonObject account = json(created);
        assertThat(account.getString("username")).isEqualTo(username);
        assertThat(account.getJsonArray("roles").getString(0)).isEqualTo("DESIGNER");
        assertThat(account.getBoolean("enabled")).isTrue();
        assertThat(account.getString("origin")).isEqualTo("LOCAL");
        assertThat(account.getString("createdBy")).isEqualTo("admin");
        assertThat(created.body()).doesNotContainIgnoringCase("hash").doesNotContain(password);

        HttpResponse<String> me = as(username, password, "GET", "/me", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).getString("username")).isEqualTo(username);
        assertThat(json(me).getBoolean("mustChangePassword")).isFalse();
        assertThat(Http.json(admin("GET", "/users", null, null)).asJsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getString("username")).isEqualTo(username));
        assertThat(create(username, strongPassword(), "VIEWER").statusCode()).as("the name is taken").isEqualTo(409);
    }

    @Test
    void anAccountCreatedWithATemporaryPasswordMustChangeIt() {
        String username = fresh("tomas");
        String password = strongPassword();

        HttpResponse<String> created = admin("POST", "/users", null, """
                {"username":"%s","displayName":"Tomas","password":"%s","roles":["VIEWER"]}"""
                .formatted(username, password));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).getBoolean("mustChangePassword")).as("temporary by default").isTrue();
    }

    @Test
    void nonAdminsGet403AndNothingChanges() {
        String username = fresh("olga");
        String password = strongPassword();
        assertThat(create(username, password, "VIEWER").statusCode()).isEqualTo(201);
        String etag = etagOf(username);

        for (DemoUser notAdmin : new DemoUser[]{DemoUser.DESIGNER, DemoUser.EXECUTIVE, DemoUser.OPS, DemoUser.VIEWER}) {
            assertThat(api.call(notAdmin, "GET", "/users", null, null).statusCode()).isEqualTo(403);
            assertThat(api.call(notAdmin, "POST", "/users", null, """
                    {"username":"%s","displayName":"X","password":"%s","roles":["ADMIN"]}"""
                    .formatted(fresh("sneaky"), strongPassword())).statusCode()).isEqualTo(403);
            assertThat(api.call(notAdmin, "PUT", "/users/" + username, etag, "{\"roles\":[\"ADMIN\"]}").statusCode())
                    .isEqualTo(403);
            assertThat(api.call(notAdmin, "POST", "/users/" + username + "/disable", etag, null).statusCode())
                    .isEqualTo(403);
        }
        HttpResponse<String> forbidden = api.call(DemoUser.DESIGNER, "GET", "/users/" + username, null, null);
        assertThat(forbidden.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");

        JsonObject after = json(admin("GET", "/users/" + username, null, null));
        assertThat(after.getJsonArray("roles").getString(0)).isEqualTo("VIEWER");
        assertThat(after.getBoolean("enabled")).isTrue();
        assertThat(etagOf(username)).isEqualTo(etag);
    }

    // ---- the password policy

    @Test
    void thePasswordPolicyRefusesWithTheReasonAtThePasswordField() {
        String username = fresh("pia");

        HttpResponse<String> tooShort = create(username, "Short-pw-11", "VIEWER");
        HttpResponse<String> withName = create(username, "my " + username + " password", "VIEWER");
        HttpResponse<String> common = create(username, "password123456", "VIEWER");
        HttpResponse<String> missing = admin("POST", "/users", null,
                "{\"username\":\"" + username + "\",\"displayName\":\"Pia\",\"roles\":[\"VIEWER\"]}");
        HttpResponse<String> huge = create(username, "x".repeat(129), "VIEWER");

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(tooShort).getString("field")).isEqualTo("password");
        assertThat(firstFieldError(tooShort).getString("message")).isEqualTo("A password needs at least 12 characters.");
        assertThat(json(tooShort).getString("code")).isEqualTo("password.tooShort");
        assertThat(withName.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(withName).getString("field")).isEqualTo("password");
        assertThat(firstFieldError(withName).getString("message")).isEqualTo("A password may not contain the user name.");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(common).getString("field")).isEqualTo("password");
        assertThat(firstFieldError(common).getString("message")).startsWith("This password is on the list of the most common passwords.");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(missing).getString("field")).isEqualTo("password");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(huge).getString("message")).isEqualTo("A password has at most 128 characters.");
        assertThat(admin("GET", "/users/" + username, null, null).statusCode()).as("nothing was created").isEqualTo(404);
    }

    // ---- roles, disabling, conflicts

    @Test
    void aRoleChangeTakesEffectAtTheNextRequest() {
        String username = fresh("vic");
        String password = strongPassword();
        create(username, password, "VIEWER");
        String service = "{\"name\":\"Role change " + UUID.randomUUID() + "\"}";

        assertThat(as(username, password, "POST", "/services", service).statusCode()).isEqualTo(403);

        HttpResponse<String> promoted = admin("PUT", "/users/" + username, etagOf(username), "{\"roles\":[\"DESIGNER\"]}");
        assertThat(promoted.statusCode()).isEqualTo(200);
        assertThat(json(promoted).getJsonArray("roles").getString(0)).isEqualTo("DESIGNER");
        assertThat(as(username, password, "POST", "/services", service).statusCode()).isEqualTo(201);

        admin("PUT", "/users/" + username, ApiClient.etag(promoted), "{\"roles\":[\"VIEWER\"]}");
        assertThat(as(username, password, "POST", "/services", "{\"name\":\"Again " + UUID.randomUUID() + "\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aDisabledAccountSignsInNeitherByBasicNorByTheFormUntilEnabledAgain() {
        String username = fresh("dora");
        String password = strongPassword();
        create(username, password, "VIEWER");
        URI loginPage = URI.create(base.toString()).resolve("/login.xhtml");

        HttpResponse<String> disabled = admin("POST", "/users/" + username + "/disable", etagOf(username), null);

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(json(disabled).getBoolean("enabled")).isFalse();
        assertThat(json(disabled).getString("disabledBy")).isEqualTo("admin");
        assertThat(as(username, password, "GET", "/me", null).statusCode()).isEqualTo(401);
        HttpResponse<String> form = new Http().from(CLIENT_ADDRESS).signIn(loginPage, username, password, "/index.xhtml");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Sign-in failed.");

        HttpResponse<String> enabled = admin("POST", "/users/" + username + "/enable", ApiClient.etag(disabled), null);

        assertThat(enabled.statusCode()).isEqualTo(200);
        assertThat(json(enabled).getBoolean("enabled")).isTrue();
        assertThat(as(username, password, "GET", "/me", null).statusCode()).isEqualTo(200);
        assertThat(new Http().from(CLIENT_ADDRESS).signIn(loginPage, username, password, "/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void tenWrongPasswordsLockTheAccountEvenForTheRightOneUntilAnAdminUnlocksIt() throws InterruptedException {
        String username = fresh("lena");
        String password = strongPassword();
        assertThat(create(username, password, "VIEWER").statusCode()).isEqualTo(201);
        ApiClient guesser = new ApiClient(base).from("198.51.100.90");

        // five failures are free, then each waits twice as long (1 s, 2 s, 4 s, 8 s), the tenth locks
        int failures = 0;
        for (int attempt = 0; failures < 10 && attempt < 40; attempt++) {
            HttpResponse<String> guess = guesser.callWith(Http.basic(username, "wrong guess " + attempt), "GET", "/me",
                    null, null);
            if (guess.statusCode() == 429) {
                Thread.sleep(1000L * Long.parseLong(guess.headers().firstValue("Retry-After").orElseThrow()));
            } else {
                assertThat(guess.statusCode()).isEqualTo(401);
                failures++;
            }
        }
        assertThat(failures).isEqualTo(10);

        HttpResponse<String> locked = guesser.callWith(Http.basic(username, password), "GET", "/me", null, null);
        assertThat(locked.statusCode()).as("locked: the right password waits too").isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()))
                .as("about 15 minutes").isBetween(800L, 900L);
        assertThat(json(locked).getString("message")).contains("Too many failed sign-ins", "unlock");
        assertThat(json(admin("GET", "/users/" + username, null, null)).getBoolean("locked")).isTrue();

        HttpResponse<String> unlocked = admin("POST", "/users/" + username + "/unlock", null, null);
        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(guesser.callWith(Http.basic(username, password), "GET", "/me", null, null).statusCode()).isEqualTo(200);
        assertThat(Http.json(admin("GET", "/users/" + username + "/history", null, null)).asJsonArray()
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action")).contains("LOCKED", "UNLOCKED");
    }

    @Test
    void aChangeNeedsIfMatchAndAStaleOneSaysWhoChangedTheAccount() {
        String username = fresh("ines");
        create(username, strongPassword(), "VIEWER");
        String seen = etagOf(username);

        HttpResponse<String> without = admin("PUT", "/users/" + username, null, "{\"displayName\":\"Ines A\"}");
        HttpResponse<String> first = admin("PUT", "/users/" + username, seen, "{\"displayName\":\"Ines A\"}");
        HttpResponse<String> stale = admin("PUT", "/users/" + username, seen, "{\"displayName\":\"Ines B\"}");
        HttpResponse<String> staleDisable = admin("POST", "/users/" + username + "/disable", seen, null);

        assertThat(without.statusCode()).isEqualTo(428);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).getString("displayName")).isEqualTo("Ines A");
        assertThat(ApiClient.etag(first)).isNotEqualTo(seen);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).getString("message")).contains("admin changed the account '" + username + "'");
        assertThat(ApiClient.etag(stale)).isEqualTo(ApiClient.etag(first));
        assertThat(staleDisable.statusCode()).isEqualTo(412);
        assertThat(json(admin("GET", "/users/" + username, null, null)).getString("displayName")).isEqualTo("Ines A");
    }

    @Test
    void anAdminCannotDisableThemselvesNorTakeAwayTheLastAdmin() {
        HttpResponse<String> self = admin("POST", "/users/admin/disable", etagOf("admin"), null);

        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(json(self).getString("message")).isEqualTo("You cannot disable your own account.");

        // only the demo admin may be an enabled admin when its role is taken away; others' tests leave
        // admins of their own, which are disabled first (never the demo admin)
        for (JsonObject other : Http.json(admin("GET", "/users", null, null)).asJsonArray().getValuesAs(JsonObject.class)) {
            boolean anotherAdmin = other.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(r -> r.getString().equals("ADMIN")) && other.getBoolean("enabled")
                    && !other.getString("username").equals("admin");
            if (anotherAdmin) {
                assertThat(admin("POST", "/users/" + other.getString("username") + "/disable",
                        etagOf(other.getString("username")), null).statusCode()).isEqualTo(200);
            }
        }
        HttpResponse<String> demote = admin("PUT", "/users/admin", etagOf("admin"), "{\"roles\":[\"VIEWER\"]}");

        assertThat(demote.statusCode()).isEqualTo(409);
        assertThat(json(demote).getString("message")).contains("'admin' is the last enabled administrator");
        assertThat(api.call(DemoUser.ADMIN, "GET", "/users", null, null).statusCode()).isEqualTo(200);
    }

    // ---- passwords

    @Test
    void aResetPasswordMustBeChangedAndTheOwnChangeNeedsTheCurrentOne() {
        String username = fresh("rui");
        String first = strongPassword();
        create(username, first, "VIEWER");
        String handedOver = strongPassword();

        HttpResponse<String> reset = admin("POST", "/users/" + username + "/password", etagOf(username),
                "{\"password\":\"" + handedOver + "\"}");
        HttpResponse<String> weakReset = admin("POST", "/users/" + username + "/password", ApiClient.etag(reset),
                "{\"password\":\"password123456\"}");

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(json(reset).getBoolean("mustChangePassword")).isTrue();
        assertThat(weakReset.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(weakReset).getString("field")).isEqualTo("password");
        assertThat(as(username, first, "GET", "/me", null).statusCode()).as("the old password").isEqualTo(401);
        HttpResponse<String> me = as(username, handedOver, "GET", "/me", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).getBoolean("mustChangePassword")).isTrue();

        String chosen = strongPassword();
        HttpResponse<String> wrongCurrent = as(username, handedOver, "PUT", "/me/password",
                "{\"currentPassword\":\"not-my-password\",\"password\":\"" + chosen + "\"}");
        HttpResponse<String> tooShort = as(username, handedOver, "PUT", "/me/password",
                "{\"currentPassword\":\"" + handedOver + "\",\"password\":\"short\"}");
        HttpResponse<String> changed = as(username, handedOver, "PUT", "/me/password",
                "{\"currentPassword\":\"" + handedOver + "\",\"password\":\"" + chosen + "\"}");

        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(wrongCurrent).getString("field")).isEqualTo("currentPassword");
        assertThat(firstFieldError(wrongCurrent).getString("message")).isEqualTo("The current password is wrong.");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(tooShort).getString("field")).isEqualTo("password");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).getBoolean("mustChangePassword")).isFalse();
        assertThat(as(username, chosen, "GET", "/me", null).statusCode()).isEqualTo(200);
        assertThat(as(username, handedOver, "GET", "/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theHistorySaysWhoCreatedChangedAndDisabledTheAccount() {
        String username = fresh("hugo");
        create(username, strongPassword(), "VIEWER");
        HttpResponse<String> promoted = admin("PUT", "/users/" + username, etagOf(username),
                "{\"roles\":[\"OPS\",\"VIEWER\"]}");
        admin("POST", "/users/" + username + "/disable", ApiClient.etag(promoted), null);

        var history = Http.json(admin("GET", "/users/" + username + "/history", null, null)).asJsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject account = json(admin("GET", "/users/" + username, null, null));

        assertThat(history).extracting(e -> e.getString("action"))
                .containsExactly("DISABLED", "ROLES_CHANGED", "CREATED");
        assertThat(history).allSatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo("admin");
            assertThat(Instant.parse(e.getString("at"))).isBefore(Instant.now().plusSeconds(5));
        });
        assertThat(history.get(1).getString("detail")).isEqualTo("VIEWER → OPS, VIEWER");
        assertThat(account.getString("createdBy")).isEqualTo("admin");
        assertThat(account.getString("updatedBy")).isEqualTo("admin");
        assertThat(account.getString("disabledBy")).isEqualTo("admin");
        assertThat(account.getString("disabledAt")).isNotBlank();
        assertThat(api.call(DemoUser.VIEWER, "GET", "/users/" + username + "/history", null, null).statusCode())
                .isEqualTo(403);
    }

    // ---- API tokens

    /** Creates a token for the caller and answers the creation (201 with the secret). */
    private HttpResponse<String> createToken(String username, String password, String name, String expiry) {
        return as(username, password, "POST", "/me/tokens", "{\"name\":\"" + name + "\"," + expiry + "}");
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndRevocable() {
        String username = fresh("tara");
        String password = strongPassword();
        create(username, password, "DESIGNER");

        HttpResponse<String> created = createToken(username, password, "nightly import",
                "\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\"");

        assertThat(created.statusCode()).isEqualTo(201);
        String secret = json(created).getString("secret");
        JsonObject token = json(created).getJsonObject("token");
        assertThat(secret).startsWith("bpt_");
        assertThat(token.getString("name")).isEqualTo("nightly import");
        assertThat(token.getString("status")).isEqualTo("ACTIVE");
        assertThat(secret).startsWith(token.getString("prefix"));
        HttpResponse<String> listed = as(username, password, "GET", "/me/tokens", null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("nightly import").doesNotContain(secret).doesNotContainIgnoringCase("hash");
        assertThat(admin("GET", "/users/" + username + "/tokens", null, null).body()).contains("nightly import");

        HttpResponse<String> tooLate = createToken(username, password, "forever",
                "\"expiresOn\":\"" + LocalDate.now().plusYears(3) + "\"");
        HttpResponse<String> past = createToken(username, password, "yesterday",
                "\"expiresAt\":\"" + Instant.now().minusSeconds(60) + "\"");
        HttpResponse<String> nameless = createToken(username, password, " ",
                "\"expiresOn\":\"" + LocalDate.now().plusDays(3) + "\"");
        assertThat(tooLate.statusCode()).isEqualTo(400);
        assertThat(firstFieldError(tooLate).getString("field")).isEqualTo("expiresAt");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(nameless.statusCode()).isEqualTo(400);

        long id = token.getJsonNumber("id").longValue();
        HttpResponse<String> othersToken = api.call(DemoUser.VIEWER, "DELETE", "/me/tokens/" + id, null, null);
        assertThat(othersToken.statusCode()).as("someone else's token").isEqualTo(404);
        HttpResponse<String> revoked = as(username, password, "DELETE", "/me/tokens/" + id, null);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked).getString("status")).isEqualTo("REVOKED");
        assertThat(json(revoked).getString("revokedBy")).isEqualTo(username);
    }

    @Test
    void aTokenWorksAsBearerUntilRevokedOrExpired() throws InterruptedException {
        String username = fresh("bea");
        String password = strongPassword();
        create(username, password, "DESIGNER");
        String secret = json(createToken(username, password, "script",
                "\"expiresOn\":\"" + LocalDate.now().plusDays(7) + "\"")).getString("secret");
        HttpResponse<String> shortLived = createToken(username, password, "short",
                "\"expiresAt\":\"" + Instant.now().plusSeconds(3) + "\"");

        HttpResponse<String> me = api.callWith("Bearer " + secret, "GET", "/me", null, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).getString("username")).isEqualTo(username);
        assertThat(api.callWith("Bearer " + secret, "POST", "/services", null,
                "{\"name\":\"Token service " + UUID.randomUUID() + "\"}").statusCode())
                .as("the owner's roles").isEqualTo(201);
        assertThat(api.callWith("Bearer " + secret, "GET", "/users", null, null).statusCode()).isEqualTo(403);
        assertThat(api.callWith("Bearer " + secret + "x", "GET", "/me", null, null).statusCode()).isEqualTo(401);
        assertThat(as(username, password, "GET", "/me/tokens", null).body()).contains("\"lastUsedAt\":\"");

        long id = Http.json(as(username, password, "GET", "/me/tokens", null)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("name").equals("script"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> revokedByAdmin = admin("DELETE", "/users/" + username + "/tokens/" + id, null, null);
        assertThat(revokedByAdmin.statusCode()).isEqualTo(200);
        assertThat(json(revokedByAdmin).getString("revokedBy")).isEqualTo("admin");
        assertThat(api.callWith("Bearer " + secret, "GET", "/me", null, null).statusCode()).isEqualTo(401);

        String shortSecret = json(shortLived).getString("secret");
        Thread.sleep(Math.max(0, Instant.parse(json(shortLived).getJsonObject("token").getString("expiresAt"))
                .toEpochMilli() - System.currentTimeMillis()) + 500);
        assertThat(api.callWith("Bearer " + shortSecret, "GET", "/me", null, null).statusCode())
                .as("an expired token").isEqualTo(401);
    }

    @Test
    void aDisabledAccountsTokenIsRefused() {
        String username = fresh("dan");
        String password = strongPassword();
        create(username, password, "VIEWER");
        String secret = json(createToken(username, password, "cron",
                "\"expiresOn\":\"" + LocalDate.now().plusDays(7) + "\"")).getString("secret");
        assertThat(api.callWith("Bearer " + secret, "GET", "/me", null, null).statusCode()).isEqualTo(200);

        admin("POST", "/users/" + username + "/disable", etagOf(username), null);

        assertThat(api.callWith("Bearer " + secret, "GET", "/me", null, null).statusCode()).isEqualTo(401);
    }
}
