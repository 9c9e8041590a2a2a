package io.blueprint.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What every browser test shares: the application deployed once, as it ships, and the browsers of
 * {@link BrowserSessions}.
 */
abstract class BrowserTests extends BrowserSessions {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }
}
