package io.blueprint.web.it;

import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.GuaranteeTerms;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.ServiceGuarantee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * For the in-server outcome tests: a guarantee line whose versions were in force in the past, made with the entities'
 * own transitions (the API publishes from today on, so it cannot make a history).
 */
@ApplicationScoped
public class OutcomeGuarantees {

    @Inject
    ServiceRepository services;

    @Inject
    GuaranteeRepository guarantees;

    /** A version's measurable terms: its condition, touchpoints and refund rules, in force from {@code from}. */
    public record Version(GuaranteeCondition condition, List<String> touchpoints, List<RefundRuleTerms> rules,
                          LocalDate from) {
    }

    /** Publishes the versions one after the other, each superseding the one before on its first day. */
    @Transactional
    public void line(long serviceId, String code, List<Version> versions) {
        Service service = services.find(serviceId).orElseThrow();
        ServiceGuarantee previous = null;
        int revision = 1;
        for (Version version : versions) {
            GuaranteeTerms terms = new GuaranteeTerms("Outcome test " + code + " r" + revision, "We promise.",
                    version.condition(), "All calls", List.of(),
                    List.of(new ClaimChannel(ClaimChannelKind.WEB, "https://example.com/claim", null)), version.from(),
                    null, version.touchpoints(), "Care", version.rules());
            ServiceGuarantee next;
            if (previous == null) {
                next = ServiceGuarantee.firstDraft(service, code, terms, "designer");
            } else {
                next = previous.nextDraft(revision, "designer", version.from());
                next.revise(terms, "designer");
            }
            next.submit("designer", version.from().atStartOfDay().toInstant(ZoneOffset.UTC));
            next.publish("executive", version.from().atTime(10, 0).toInstant(ZoneOffset.UTC), version.from());
            guarantees.store(next);
            if (previous != null) {
                previous.supersedeBy(next);
            }
            previous = next;
            revision++;
        }
        guarantees.flush();
    }
}
