package io.blueprint.web.security;

import io.blueprint.access.Role;
import io.blueprint.journey.JourneyEditor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/** Who is signed in, for the top bar and for showing only what the user may do. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    public String getName() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> securityContext.isCallerInRole(r.name())).toList();
    }

    @Inject
    JourneyEditor journeys;

    /** Whether the user may change blueprints at all; the domain decides. */
    public boolean isBlueprintEditor() {
        return journeys.mayChangeBlueprints();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + BlueprintAuthenticationMechanism.LOGIN_PAGE
                + "?loggedOut=true");
    }
}
