package io.blueprint.web.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.Node;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The WAR the build produced, as the integration tests deploy it. */
public final class Deployments {

    private static final String WEB_XML = "WEB-INF/web.xml";
    private static final String FIRST_CONSTRAINT = "<security-constraint>";

    private Deployments() {
    }

    /** Blueprint exactly as it ships, for tests that talk to it over HTTP or through a browser. */
    public static WebArchive blueprint() {
        String path = System.getProperty("blueprint.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("No WAR at " + path + ": run the tests through Maven (mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
    }

    /**
     * Blueprint plus test classes that run inside the server. Arquillian's own runner servlet is
     * opened to it; every other path keeps the shipped security constraints.
     */
    public static WebArchive blueprintWith(Class<?>... testClasses) {
        WebArchive war = blueprint().addClasses(testClasses).addClass(Deployments.class);
        String webXml = read(war.get(WEB_XML));
        String opened = webXml.replaceFirst(FIRST_CONSTRAINT, """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
                """ + FIRST_CONSTRAINT);
        war.delete(WEB_XML);
        return war.addAsWebInfResource(new StringAsset(opened), "web.xml");
    }

    private static String read(Node node) {
        try (InputStream in = node.getAsset().openStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
