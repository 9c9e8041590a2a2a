package io.blueprint.web.live;

import io.blueprint.access.Role;
import io.blueprint.access.UserAccount;
import io.blueprint.access.UserAccountRepository;
import io.blueprint.collab.Presence;
import io.blueprint.collab.Presence.Visitor;
import io.blueprint.measurement.ClusterNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What a page that others may edit at the same time (a journey's editor, a guarantee) asks for: say it is open,
 * beat while it stays open, learn who else is there, and tell the others' pages when it changed something. The
 * page's view bean holds only its page id and subject; everything else is in the database.
 */
@ApplicationScoped
public class LivePages {

    @Inject
    Presence presence;

    @Inject
    LiveSignals signals;

    @Inject
    UserAccountRepository accounts;

    @Inject
    SecurityContext security;

    /** The page opens: answers its page id, by which it beats and leaves. The others' lists show it at once. */
    public String enter(String subject) {
        String pageId = UUID.randomUUID().toString();
        presence.enter(pageId, subject, visitor(), ClusterNode.name(), Instant.now());
        signals.presenceChanged(subject, pageId);
        return pageId;
    }

    /** The page is still open (entered again if its row was dropped); answers who else is there. */
    public List<Visitor> beat(String pageId, String subject) {
        if (!presence.beat(pageId, Instant.now())) {
            presence.enter(pageId, subject, visitor(), ClusterNode.name(), Instant.now());
            signals.presenceChanged(subject, pageId);
        }
        return others(subject);
    }

    /** Everyone else with the subject open now. */
    public List<Visitor> others(String subject) {
        return presence.others(subject, username(), Instant.now());
    }

    /** This user changed the subject on the page: every other open page of it, on every node, refreshes. */
    public void changed(String subject, String pageId) {
        signals.changed(subject, pageId);
    }

    private String username() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    /** The signed-in user as others see them: the account's display name, and the first of their roles. */
    private Visitor visitor() {
        String username = username();
        String role = Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).findFirst()
                .map(Role::name).orElse(Role.VIEWER.name());
        String name = accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(username);
        return new Visitor(username, name, role);
    }
}
