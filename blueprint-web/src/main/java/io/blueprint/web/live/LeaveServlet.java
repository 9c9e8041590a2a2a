package io.blueprint.web.live;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * {@code POST /live/leave} with a page id as its body: the browser closes a live page (navigator.sendBeacon on
 * pagehide), so the others stop showing its user at once instead of after the missed beats. Only the signed-in user's
 * own page can be left; anything else is answered 204 as well and changes nothing.
 */
@WebServlet("/live/leave")
public class LeaveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PAGE_ID = Pattern.compile("[0-9a-f-]{36}");

    @Inject
    transient io.blueprint.collab.Presence presence;

    @Inject
    transient LiveSignals signals;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(64);
        String pageId = new String(body, StandardCharsets.US_ASCII).strip();
        String user = request.getRemoteUser();
        if (user != null && PAGE_ID.matcher(pageId).matches()) {
            presence.leave(pageId, user).ifPresent(subject -> signals.presenceChanged(subject, pageId));
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
