package io.blueprint.web.security;

import io.blueprint.access.Role;
import io.blueprint.journey.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/** The signed-in user as the journey history records them; "system" for work nobody asked for. */
@ApplicationScoped
public class SignedInActor implements Actor {

    static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    @Override
    public String name() {
        try {
            Principal principal = securityContext.getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (IllegalStateException | jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return SYSTEM;
        }
    }

    @Override
    public boolean hasRole(Role role) {
        try {
            return securityContext.isCallerInRole(role.name());
        } catch (IllegalStateException | jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return false;
        }
    }
}
