package io.blueprint.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/** What an API test shares: the application deployed as it ships, called from outside over HTTP at {@code base}. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiTests {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blueprint();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    /** The client of this test, made on first use (the address is known only once the test runs). */
    ApiClient api() {
        if (api == null) {
            api = new ApiClient(base);
        }
        return api;
    }
}
