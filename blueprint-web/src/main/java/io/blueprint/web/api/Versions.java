package io.blueprint.web.api;

import jakarta.ws.rs.core.EntityTag;

/** A row's optimistic-lock version as an HTTP entity tag, and back. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a client last saw, from its If-Match header. Without one, an edit could overwrite
     * a change the client never saw, so it is refused; an unreadable one can match no version.
     */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingIfMatch();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException unreadable) {
            return Long.MIN_VALUE;
        }
    }
}
