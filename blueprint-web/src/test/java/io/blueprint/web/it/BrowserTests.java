package io.blueprint.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What every browser test shares: the application deployed once, tested from outside at {@code base}, and the
 * browsers a test opens ({@link Browsers}), each given a last look and an accessibility check and closed after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTests {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    final Browsers browsers = new Browsers();

    @AfterEach
    void closeBrowsers(TestInfo test) {
        browsers.closeAll(test);
    }
}
