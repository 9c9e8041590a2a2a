package io.blueprint.web.security.sso;

import io.blueprint.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;

import java.net.URI;

import java.util.logging.Logger;

/** Single sign-on as configured: whether the login page offers it, its button, and the client that does it. */
@Named
@ApplicationScoped
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    @Inject
    Config config;

    @Inject
    Messages messages;

    private OidcClient client;

    @PostConstruct
    void configure() {
        OidcSettings settings = OidcSettings.from(name -> config.getOptionalValue(name, String.class));
        if (settings.isEnabled() && !settings.problems().isEmpty()) {
            LOG.severe("Single sign-on through " + settings.issuer() + " cannot work until this is fixed: "
                    + String.join("; ", settings.problems()));
        }
        client = new OidcClient(settings);
    }

    /** Whether the login page offers the company sign-in: an issuer is configured. */
    public boolean isEnabled() {
        return client.settings().isEnabled();
    }

    /** "Sign in with …" and the company's name for its sign-in, or the localised "Company sign-in". */
    public String getButtonText() {
        return messages.get("login.sso", client.settings().label().orElseGet(() -> messages.get("login.sso.defaultLabel")));
    }

    OidcClient client() {
        return client;
    }

    /** Where the provider sends people back: behind a proxy the public URL, else where this request came to. */
    URI callbackUri(HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        return client.settings().callbackUri(base);
    }
}
