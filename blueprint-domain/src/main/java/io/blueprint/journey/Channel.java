package io.blueprint.journey;

/** How a customer meets the company at a touchpoint. */
public enum Channel {
    PHONE(false),
    IVR(true),
    CHAT(false),
    EMAIL(false),
    WEB(true),
    APP(true),
    STORE(false),
    KIOSK(true),
    SOCIAL(false),
    POST(false),
    FIELD_VISIT(false);

    private final boolean selfService;

    Channel(boolean selfService) {
        this.selfService = selfService;
    }

    /** Whether customers serve themselves here, with no employee in the loop (principle 4: self-service first). */
    public boolean isSelfService() {
        return selfService;
    }
}
