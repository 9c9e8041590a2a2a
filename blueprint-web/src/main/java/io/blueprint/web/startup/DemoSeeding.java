package io.blueprint.web.startup;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the demo users and data go into the database, and whether their published passwords
 * must be changed at the first sign-in. The embedded database is the newcomer's demo: seeded, and
 * the demo passwords work as the README prints them. Any other database is a real installation:
 * nothing is seeded unless {@code BLUEPRINT_DEMO_SEED=true}, and then the demo accounts must choose
 * new passwords before they can do anything (unless {@code BLUEPRINT_DEMO_PASSWORD_CHANGE=false},
 * which the test suite sets).
 */
public record DemoSeeding(boolean seed, boolean passwordChange) {

    public static final String EMBEDDED = "h2";

    public static DemoSeeding decide(String databaseKind, Optional<Boolean> seedAsked, Optional<Boolean> changeAsked) {
        boolean embedded = databaseKind == null || EMBEDDED.equals(databaseKind.strip().toLowerCase(Locale.ROOT));
        return new DemoSeeding(seedAsked.orElse(embedded), changeAsked.orElse(!embedded));
    }
}
