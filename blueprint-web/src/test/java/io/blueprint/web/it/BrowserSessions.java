package io.blueprint.web.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A browser test's side of the server, whatever it deploys: the application tested from outside at {@code base},
 * and the browsers a test opens ({@link Browsers}), each given a last look and an accessibility check and closed
 * after it. {@link BrowserTests} adds the deployment most tests share.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserSessions {

    @ArquillianResource
    URL base;

    final Browsers browsers = new Browsers();

    @AfterEach
    void closeBrowsers(TestInfo test) {
        browsers.closeAll(test);
    }
}
