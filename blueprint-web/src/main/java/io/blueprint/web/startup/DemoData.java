package io.blueprint.web.startup;

import io.blueprint.access.Role;
import io.blueprint.access.UserAccount;
import io.blueprint.access.UserAccountRepository;
import io.blueprint.journey.Journey;
import io.blueprint.journey.Lane;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.journey.Stage;
import io.blueprint.web.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo a newcomer signs in to: one user per role and an online store's "return a damaged item"
 * blueprint. Written only into an empty database, never over real data.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Demo users; the README lists them with a warning to change the passwords. */
    public enum DemoUser {
        ADMIN("admin", "Ada Admin", Role.ADMIN),
        EXECUTIVE("executive", "Eun-ji Executive", Role.EXECUTIVE),
        DESIGNER("designer", "Dana Designer", Role.DESIGNER),
        OPS("ops", "Oskar Ops", Role.OPS),
        VIEWER("viewer", "Vera Viewer", Role.VIEWER);

        public final String username;
        public final String displayName;
        public final Role role;

        DemoUser(String username, String displayName, Role role) {
            this.username = username;
            this.displayName = displayName;
            this.role = role;
        }

        public String password() {
            return username + "-demo";
        }
    }

    public static final String DEMO_SERVICE = "Online store customer care";
    public static final String DEMO_JOURNEY = "Return a damaged item";

    @Inject
    UserAccountRepository users;

    @Inject
    ServiceRepository services;

    @Inject
    PasswordHashing passwords;

    @Transactional
    public void seedIfEmpty() {
        if (users.count() == 0) {
            for (DemoUser demo : DemoUser.values()) {
                users.store(new UserAccount(demo.username, demo.displayName,
                        passwords.hash(demo.password().toCharArray()), Set.of(demo.role)));
            }
            LOG.warning("Seeded the demo users (admin, executive, designer, ops, viewer) with their "
                    + "published demo passwords: change them before real use.");
        }
        if (services.count() == 0) {
            services.store(onlineStore());
            LOG.info("Seeded the demo service '" + DEMO_SERVICE + "'.");
        }
    }

    private static Service onlineStore() {
        Service service = new Service(DEMO_SERVICE,
                "Care for customers of the web shop and its stores: orders, deliveries, returns. "
                        + "온라인 스토어와 매장 고객 지원.", "Customer Care");
        Journey returns = service.startJourney(DEMO_JOURNEY, "Online shopper with a damaged delivery");
        returns.describe("From opening a damaged parcel to having the money back. "
                + "파손된 택배를 연 순간부터 환불을 받을 때까지.", "CX design team");

        Stage notice = returns.addStage("Notice damage");
        Stage request = returns.addStage("Request return");
        Stage sendBack = returns.addStage("Send item back");
        Stage refund = returns.addStage("Receive refund");

        returns.addStep(notice, Lane.PHYSICAL_EVIDENCE, "Damaged parcel and packing slip");
        returns.addStep(notice, Lane.CUSTOMER_ACTIONS, "Opens parcel, finds item broken");
        returns.addStep(notice, Lane.FRONTSTAGE, "Order page shows 'Report a problem'")
                .describe(null, "Web team");

        returns.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts a return in the app");
        returns.addStep(request, Lane.FRONTSTAGE, "Return form with photo upload")
                .describe("Self-service first: most returns never need an agent.", "App team")
                .mark(true, false);
        returns.addStep(request, Lane.FRONTSTAGE, "Chat agent confirms the damage")
                .describe("Takes over when the photo upload fails.", "Care centre");
        returns.addStep(request, Lane.BACKSTAGE, "Agent checks order and approves return")
                .describe(null, "Care centre").mark(false, true);
        returns.addStep(request, Lane.SUPPORT, "Order management system")
                .describe(null, "IT");

        returns.addStep(sendBack, Lane.PHYSICAL_EVIDENCE, "Prepaid return label (QR code)");
        returns.addStep(sendBack, Lane.CUSTOMER_ACTIONS, "Drops parcel at a store or courier point");
        returns.addStep(sendBack, Lane.FRONTSTAGE, "Store clerk scans the QR code")
                .describe(null, "Stores");
        returns.addStep(sendBack, Lane.BACKSTAGE, "Warehouse inspects the item")
                .describe(null, "Logistics").mark(false, true);
        returns.addStep(sendBack, Lane.SUPPORT, "Courier pickup service")
                .describe(null, "Logistics partner");

        returns.addStep(refund, Lane.CUSTOMER_ACTIONS, "Checks refund status");
        returns.addStep(refund, Lane.FRONTSTAGE, "Refund confirmation e-mail")
                .describe(null, "Care centre");
        returns.addStep(refund, Lane.BACKSTAGE, "Finance issues the refund")
                .describe(null, "Finance").mark(true, false);
        returns.addStep(refund, Lane.SUPPORT, "Payment gateway")
                .describe(null, "Payments partner");
        return service;
    }
}
