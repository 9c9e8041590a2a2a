package io.blueprint.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The only place a signed-in session starts. Anonymous visitors get no session at all; a person
 * who signs in gets a new session id (so an id planted before sign-in is worth nothing) and counts
 * against a cap of sessions per address, so that one address cannot fill the server's memory with
 * sessions.
 */
@WebListener
public class SignedInSessions implements HttpSessionListener {

    private static final ConcurrentHashMap<String, Integer> PER_ADDRESS = new ConcurrentHashMap<>();

    /** {@code blueprint.security.sessions.max-per-address}: sessions one address may hold at once. */
    static int maxPerAddress() {
        return ConfigProvider.getConfig().getOptionalValue("blueprint.security.sessions.max-per-address", Integer.class)
                .orElse(100);
    }

    /**
     * Signs {@code username} in on this request's session. Answers false, and starts nothing, when
     * the address already holds as many sessions as it may.
     */
    public static boolean start(HttpServletRequest request, String username) {
        String address = ClientAddress.of(request);
        HttpSession existing = request.getSession(false);
        if (existing != null && existing.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser before) {
            release(before.address());
            existing.removeAttribute(SignedInUser.SESSION_ATTRIBUTE);
        }
        int max = maxPerAddress();
        boolean[] admitted = {false};
        PER_ADDRESS.compute(address, (a, count) -> {
            int now = count == null ? 0 : count;
            if (now >= max) {
                return count;
            }
            admitted[0] = true;
            return now + 1;
        });
        if (!admitted[0]) {
            SignInLog.refusedSession(username, address, max);
            return false;
        }
        HttpSession session = request.getSession(true);
        if (!session.isNew()) {
            request.changeSessionId();
        }
        session.setAttribute(SignedInUser.SESSION_ATTRIBUTE, new SignedInUser(username, address));
        return true;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            if (event.getSession().getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
                release(user.address());
            }
        } catch (IllegalStateException alreadyInvalid) {
            // nothing to count: the attribute went with the session
        }
    }

    private static void release(String address) {
        PER_ADDRESS.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
    }
}
