package io.blueprint.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A short reference for a failed request: the error page shows it, and the server log holds it in
 * one record with what failed and the whole stack trace, so support can find the one from the other
 * while the visitor learns nothing about the server.
 */
public final class ErrorReference {

    /** The request attribute that carries a request's reference to its error page. */
    public static final String ATTRIBUTE = ErrorReference.class.getName();
    /** No 0/O or 1/I: a reference is read aloud and typed by people. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** A new reference, e.g. "K7Q2M9XA". */
    static String next() {
        StringBuilder reference = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** Writes "Reference K7Q2M9XA: POST /journey/editor.xhtml failed" and the stack trace as one record; gives the reference. */
    public static String log(HttpServletRequest request, Throwable failure) {
        String reference = next();
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String what = request.getMethod() + " " + (failedUri instanceof String uri ? uri : request.getRequestURI());
        LOG.log(Level.SEVERE, failure, () -> "Reference " + reference + ": " + what + " failed");
        request.setAttribute(ATTRIBUTE, reference);
        return reference;
    }

    /** The reference already logged for this request, or null. */
    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String reference ? reference : null;
    }

    /** Whether {@code text} has the form of a reference (so a link cannot put other words on the error page). */
    static boolean isReference(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
