package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/** The browsers one test opens (a designer and an admin side by side, a visitor), closed after it with a last look at each
 * and an accessibility check of what each shows (see {@link Browser#quit}). */
final class Browsers {

    private final List<WebDriver> open = new ArrayList<>();

    WebDriver open() {
        WebDriver browser = Browser.start();
        open.add(browser);
        return browser;
    }

    WebDriver signedIn(URL base, DemoUser user) {
        WebDriver browser = open();
        Browser.signIn(browser, base, user);
        return browser;
    }

    /** For an {@code @AfterEach}: saves what each browser shows (see {@link Browser#lastLook}) and quits them. */
    void closeAll(TestInfo test) {
        for (int i = 0; i < open.size(); i++) {
            Browser.lastLook(open.get(i), test.getTestMethod().orElseThrow().getName() + "-" + i);
        }
        List<WebDriver> closing = new ArrayList<>(open);
        open.clear();
        AssertionError failed = null;
        for (WebDriver browser : closing) {
            try {
                Browser.quit(browser);
            } catch (AssertionError e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
