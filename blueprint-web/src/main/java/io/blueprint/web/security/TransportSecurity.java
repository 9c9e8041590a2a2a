package io.blueprint.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether browsers reach Blueprint over TLS. {@code blueprint.security.tls} (BLUEPRINT_SECURITY_TLS)
 * says so for a server behind a proxy that ends TLS; a request that arrived over TLS says so by itself.
 * Over TLS the session cookie is {@code Secure} and every answer carries HSTS.
 */
@WebListener
public class TransportSecurity implements ServletContextListener {

    static final String SETTING = "blueprint.security.tls";

    /** True when the setting says that every browser comes over TLS. */
    public static boolean configured() {
        return ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
    }

    /** True when this request came, or every request comes, over TLS. */
    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || configured();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // a request that arrives over TLS gets a Secure cookie anyway (secure-cookie in undertow-handlers.conf)
        if (configured()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
