package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/** The browsers one test opens (a designer and an admin side by side, a visitor), closed after it with a last look at each. */
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
        open.forEach(WebDriver::quit);
        open.clear();
    }
}
