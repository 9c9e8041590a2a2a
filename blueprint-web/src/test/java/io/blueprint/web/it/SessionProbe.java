package io.blueprint.web.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.PrintWriter;
import java.util.Collections;

/**
 * Test only: does to the caller's session what a cluster does to it on every request — every attribute written out
 * with Java serialisation and read back in — and answers one line per attribute, {@code OK name bytes} or
 * {@code FAILED name: reason}. Deployed by {@link SessionSerialisationIT} alone, never shipped.
 */
@WebServlet("/test/session-probe")
public class SessionProbe extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        HttpSession session = request.getSession(false);
        PrintWriter out = response.getWriter();
        if (session == null) {
            out.println("NO SESSION");
            return;
        }
        for (String name : Collections.list(session.getAttributeNames())) {
            Object value = session.getAttribute(name);
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
                    objects.writeObject(value);
                }
                try (ObjectInputStream objects = new Resolving(new ByteArrayInputStream(bytes.toByteArray()))) {
                    objects.readObject();
                }
                out.println("OK " + name + " " + bytes.size());
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                out.println("FAILED " + name + ": " + e);
            }
        }
    }

    /** Reads classes through the application's class loader, as the server does when a session comes in. */
    private static final class Resolving extends ObjectInputStream {
        Resolving(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
