package io.blueprint.web.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A button that fails on purpose, deployed only with {@link HardeningIT}: an unexpected error that
 * no page Blueprint ships can be made to throw, to see what the friendly error page says instead.
 */
@Named
@RequestScoped
public class DeliberateFailure {

    /** The page that holds the button, as HardeningIT adds it to the WAR. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:p="primefaces">
            <h:head><title>Fails on purpose</title></h:head>
            <h:body>
                <h:form id="broken">
                    <p:commandButton id="fail" value="Fail" action="#{deliberateFailure.fail}" ajax="false"/>
                </h:form>
            </h:body>
            </html>
            """;

    static final String PATH = "hardening/fails.xhtml";

    public String fail() {
        throw new IllegalStateException("failing on purpose for HardeningIT");
    }
}
