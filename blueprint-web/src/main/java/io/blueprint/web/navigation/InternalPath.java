package io.blueprint.web.navigation;

/** A path to go on to after a form, taken only when it stays inside Blueprint, so no link can send people elsewhere. */
public final class InternalPath {

    public static final String HOME = "/index.xhtml";

    private InternalPath() {
    }

    /** {@code next} when it is a path inside Blueprint (not another site, not {@code avoid}), else the home page. */
    public static String orHome(String next, String avoid) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || (avoid != null && next.startsWith(avoid))) {
            return HOME;
        }
        return next;
    }
}
