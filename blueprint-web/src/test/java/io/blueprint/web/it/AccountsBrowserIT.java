package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static io.blueprint.web.it.Browser.click;
import static io.blueprint.web.it.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts in a real browser: an admin creates an account on the accounts page (the password
 * policy's reason shown at the field); its owner signs in, chooses their own password, creates an
 * API token on the profile page, reads the secret from the once-only dialog, and the token opens
 * the API until it is revoked on the page.
 */
class AccountsBrowserIT extends BrowserTests {

    private static WebElement visible(WebDriver browser, String id) {
        return Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The message PrimeFaces shows beside the input {@code id}. */
    private static String messageAt(WebDriver browser, String id) {
        By message = By.cssSelector("[id='" + id + "'] ~ .ui-message, [id='" + id + "'] + .ui-message");
        return Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(message)).getText();
    }

    private static void confirm(WebDriver browser) {
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.awaitAjax(browser);
    }

    @Test
    void anAdminCreatesAnAccountWhoseOwnerChoosesAPasswordAndUsesATokenUntilRevokingIt() {
        String username = "web-" + UUID.randomUUID().toString().substring(0, 8);
        String handedOver = "Harbour " + UUID.randomUUID() + " kite";
        String chosen = "Meadow " + UUID.randomUUID() + " violin";

        WebDriver admin = browsers.signedIn(base, DemoUser.ADMIN);
        admin.findElement(By.xpath("//nav//a[normalize-space(.)='Accounts']")).click();
        click(admin, "accounts:new-account");
        type(admin, "createForm:username", username);
        type(admin, "createForm:display-name", "Web " + username);
        assertThat(admin.findElement(By.id("createForm:temporary_input")).isSelected())
                .as("must change at the first sign-in, by default").isTrue();
        type(admin, "createForm:password", "too-short");
        click(admin, "createForm:create");
        assertThat(messageAt(admin, "createForm:password")).isEqualTo("A password needs at least 12 characters.");
        type(admin, "createForm:password", handedOver);
        click(admin, "createForm:create");
        Browser.waitFor(admin).until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")));
        Browser.waitFor(admin).until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:table"), username));
        type(admin, "accounts:search", username);
        Browser.waitFor(admin).until(d -> d.findElements(By.cssSelector("[id='accounts:table'] tbody tr")).size() == 1);
        assertThat(admin.findElement(By.id("accounts:table")).getText()).contains("Must change password", "Viewer");
        Browser.screenshot(admin, "admin-accounts");

        WebDriver owner = browsers.open();
        Browser.signIn(owner, base, username, handedOver);
        assertThat(owner.getCurrentUrl()).as("a password set by an admin is changed first").contains("/account/password.xhtml");
        owner.get(base + "journey/services.xhtml");
        assertThat(owner.getCurrentUrl()).as("nothing else opens before").contains("/account/password.xhtml");
        visible(owner, "must-change");
        type(owner, "passwordForm:current-password", handedOver);
        type(owner, "passwordForm:new-password", "password123456");
        type(owner, "passwordForm:repeat-password", "password123456");
        click(owner, "passwordForm:change-password");
        assertThat(messageAt(owner, "passwordForm:new-password"))
                .startsWith("This password is on the list of the most common passwords.");
        Browser.screenshot(owner, "account-password");
        type(owner, "passwordForm:current-password", handedOver);
        type(owner, "passwordForm:new-password", chosen);
        type(owner, "passwordForm:repeat-password", chosen);
        click(owner, "passwordForm:change-password");
        Browser.waitFor(owner).until(ExpectedConditions.urlContains("/journey/services.xhtml"));
        owner.findElement(By.id("topbar:profile-link")).click();

        visible(owner, "profile-username");
        assertThat(owner.findElement(By.id("profile-username")).getText()).isEqualTo(username);
        type(owner, "tokenForm:token-name", "survey import");
        click(owner, "tokenForm:create-token");
        String secret = visible(owner, "secretForm:secret").getAttribute("value");
        assertThat(secret).startsWith("bpt_");
        assertThat(owner.findElement(By.id("secret-warning")).getText()).contains("only time it is shown");
        click(owner, "secretForm:secret-done");
        Browser.waitFor(owner).until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretDialog")));
        assertThat(owner.findElement(By.id("secretForm:secret")).getAttribute("value")).as("forgotten").isEmpty();
        assertThat(owner.findElement(By.id("tokenForm:tokens")).getText()).contains("survey import", "Active")
                .doesNotContain(secret);
        Browser.screenshot(owner, "account-profile");

        // the refused calls below count against an address of their own, not the address every test shares
        ApiClient api = new ApiClient(base).from("198.51.100.81");
        assertThat(api.callWith("Bearer " + secret, "GET", "/me", null, null).statusCode()).isEqualTo(200);

        click(owner, "tokenForm:tokens:0:revoke");
        confirm(owner);
        Browser.waitFor(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokenForm:tokens"), "Revoked"));
        assertThat(api.callWith("Bearer " + secret, "GET", "/me", null, null).statusCode()).isEqualTo(401);

        // the admin sees the revoked token and the history, and is told of a change made meanwhile
        admin.navigate().refresh();
        type(admin, "accounts:search", username);
        Browser.waitFor(admin).until(d -> d.findElements(By.cssSelector("[id='accounts:table'] tbody tr")).size() == 1);
        click(admin, "accounts:table:0:open");
        visible(admin, "account-title");
        assertThat(admin.findElement(By.id("accountForm:tokens")).getText()).contains("survey import", "Revoked");
        Browser.screenshot(admin, "admin-account-dialog");
        assertThat(admin.findElement(By.id("accountForm:history")).getText())
                .contains("API token revoked", "Password changed", "Created", "admin", username);
        String etag = ApiClient.etag(api.call(DemoUser.ADMIN, "GET", "/users/" + username, null, null));
        assertThat(api.call(DemoUser.ADMIN, "PUT", "/users/" + username, etag, "{\"displayName\":\"Renamed meanwhile\"}")
                .statusCode()).isEqualTo(200);
        admin.findElement(By.xpath("//*[@id='accountForm:roles']//label[normalize-space(.)='CX designer']")).click();
        click(admin, "accountForm:save");
        assertThat(visible(admin, "conflict-message").getText())
                .isEqualTo("admin changed the account '" + username + "' in the meantime. Reload it and make your change again.");
        click(admin, "accountForm:reload");
        Browser.waitFor(admin).until(ExpectedConditions.invisibilityOfElementLocated(By.id("conflict-message")));
        assertThat(admin.findElement(By.id("accountForm:display-name")).getAttribute("value")).isEqualTo("Renamed meanwhile");
        admin.findElement(By.xpath("//*[@id='accountForm:roles']//label[normalize-space(.)='CX designer']")).click();
        click(admin, "accountForm:save");
        Browser.waitFor(admin).until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm:history"), "Roles changed"));

        click(admin, "accountForm:disable");
        confirm(admin);
        Browser.waitFor(admin).until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-status"), "Disabled"));
        assertThat(api.callWith(Http.basic(username, chosen), "GET", "/me", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void viewersAreTurnedAwayFromTheAccountsPage() {
        WebDriver viewer = browsers.signedIn(base, DemoUser.VIEWER);
        assertThat(viewer.findElement(By.tagName("nav")).getText()).contains("My profile").doesNotContain("Accounts");

        viewer.get(base + "admin/users.xhtml");

        assertThat(viewer.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    }
}
