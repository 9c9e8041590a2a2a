package io.blueprint.web.security;

import io.blueprint.access.SignInDesk;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * One log line for every failed sign-in, with the user name as typed and the address, never the
 * password or token: what an operator or a SIEM needs to see an attack.
 */
final class SignInLog {

    private static final Logger LOG = Logger.getLogger("io.blueprint.security.signin");
    private static final int MAX_NAME = 80;

    private SignInLog() {
    }

    /** How the credential came. */
    enum Method { FORM, BASIC, TOKEN }

    static void failed(Method method, String username, String address, SignInDesk.Outcome outcome, Instant retryAt) {
        LOG.warning(() -> "Sign-in failed: user '" + printable(username) + "' from " + printable(address)
                + " by " + method + ": " + outcome + (retryAt == null ? "" : ", next attempt allowed at " + retryAt));
    }

    static void refusedSession(String username, String address, int sessions) {
        LOG.warning(() -> "Sign-in refused: user '" + printable(username) + "' from " + printable(address)
                + " already holds " + sessions + " sessions from that address");
    }

    /** Nothing a log reader could take for another line or a terminal control, and not too long. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_NAME));
        text.codePoints().limit(MAX_NAME).forEach(c -> {
            if (Character.isISOControl(c) || c == '\'' || c == '\u2028' || c == '\u2029') {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_NAME ? out + "…" : out.toString();
    }
}
