package io.blueprint.policy;

import io.blueprint.access.Role;
import io.blueprint.access.UserAccountRepository;
import io.blueprint.journey.Actor;
import io.blueprint.journey.Channel;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Service policy as use cases: drafting guarantees, review, publishing and retirement, and which
 * version was in force when. Designers and executives draft and submit; only executives publish
 * and retire. Each change names the version of the row the caller saw and is refused when someone
 * changed it in the meantime.
 */
@ApplicationScoped
@Transactional
public class GuaranteeDesk {

    private static final Role[] DRAFTERS = {Role.DESIGNER, Role.EXECUTIVE, Role.ADMIN};
    private static final Role[] APPROVERS = {Role.EXECUTIVE};

    @Inject
    GuaranteeRepository guarantees;

    @Inject
    ServiceRepository services;

    @Inject
    Actor actor;

    @Inject
    PolicySettings settings;

    @Inject
    UserAccountRepository accounts;

    // ---- drafting

    public ServiceGuarantee create(long serviceId, String code, GuaranteeTerms terms) {
        allow(PolicyAction.DRAFT);
        Service service = services.find(serviceId)
                .orElseThrow(() -> DomainException.notFound("service.notFound", serviceId).at("serviceId"));
        String normalised = ServiceGuarantee.normaliseCode(code);
        if (guarantees.codeTaken(normalised)) {
            throw DomainException.conflict("guarantee.code.taken", normalised).at("code");
        }
        ServiceGuarantee draft = ServiceGuarantee.firstDraft(service, normalised, terms, actor.name());
        guarantees.store(draft);
        guarantees.flush();
        return draft;
    }

    public ServiceGuarantee revise(long id, long expectedVersion, GuaranteeTerms terms) {
        allow(PolicyAction.DRAFT);
        ServiceGuarantee guarantee = lock(id, expectedVersion);
        guarantee.revise(terms, actor.name());
        guarantees.flush();
        return guarantee;
    }

    /** A new draft from a version that was published; there can be one open draft per guarantee. */
    public ServiceGuarantee newDraft(long fromId) {
        allow(PolicyAction.DRAFT);
        ServiceGuarantee from = guarantees.find(fromId).orElseThrow(() -> notFound(fromId));
        if (from.getStatus().isOpen()) {
            throw DomainException.conflict("guarantee.draft.alreadyOpen", from.getCode(), from.getRevision());
        }
        // two people starting a new version at once: the second waits here, then finds the first's draft
        List<ServiceGuarantee> versions = guarantees.versions(from.getCode());
        guarantees.lock(versions.get(versions.size() - 1).getId());
        guarantees.openVersion(from.getCode()).ifPresent(open -> {
            throw DomainException.conflict("guarantee.draft.alreadyOpen", open.getCode(), open.getRevision());
        });
        int next = guarantees.versions(from.getCode()).stream().mapToInt(ServiceGuarantee::getRevision).max()
                .orElse(0) + 1;
        ServiceGuarantee draft = from.nextDraft(next, actor.name(), today());
        guarantees.store(draft);
        guarantees.flush();
        return draft;
    }

    /** Throws a draft away; the first draft of a guarantee takes its code with it. */
    public void discard(long id, long expectedVersion) {
        allow(PolicyAction.DRAFT);
        ServiceGuarantee guarantee = lock(id, expectedVersion);
        if (guarantee.getStatus() != GuaranteeStatus.DRAFT) {
            throw DomainException.conflict("guarantee.transition.invalid", guarantee.getCode(), guarantee.getRevision(),
                    guarantee.getStatus(), PolicyAction.DISCARD);
        }
        guarantees.remove(guarantee);
        guarantees.flush();
    }

    // ---- review and publishing

    public ServiceGuarantee submit(long id, long expectedVersion) {
        allow(PolicyAction.SUBMIT);
        ServiceGuarantee guarantee = lock(id, expectedVersion);
        guarantee.submit(actor.name(), Instant.now());
        guarantees.flush();
        return guarantee;
    }

    public ServiceGuarantee returnToDraft(long id, long expectedVersion, String note) {
        allow(PolicyAction.RETURN_TO_DRAFT);
        ServiceGuarantee guarantee = lock(id, expectedVersion);
        guarantee.returnToDraft(actor.name(), note);
        guarantees.flush();
        return guarantee;
    }

    /**
     * Approves and publishes a version in review. Refused while any policy check of severity error
     * fails. The version it replaces stays in force until the new one takes effect.
     */
    public ServiceGuarantee publish(long id, long expectedVersion) {
        allow(PolicyAction.PUBLISH);
        ServiceGuarantee guarantee = lock(id, expectedVersion);
        if (!independentOf(guarantee)) {
            List<String> others = approversOtherThan(guarantee);
            throw others.isEmpty()
                    ? DomainException.forbidden("guarantee.fourEyesNobody.forbidden", actor.name(), guarantee.getCode(),
                    guarantee.getRevision())
                    : DomainException.forbidden("guarantee.fourEyes.forbidden", actor.name(), guarantee.getCode(),
                    guarantee.getRevision(), String.join(", ", others));
        }
        List<PolicyFinding> findings = findings(guarantee);
        if (PolicyChecks.blocksPublishing(findings)) {
            throw new PolicyViolationException(guarantee.getCode(), guarantee.getRevision(), findings);
        }
        LocalDate today = today();
        ServiceGuarantee previous = guarantees.published(guarantee.getCode()).orElse(null);
        if (previous != null) {
            guarantees.lock(previous.getId());
        }
        guarantee.publish(actor.name(), Instant.now(), today);
        if (previous != null) {
            previous.supersedeBy(guarantee);
        }
        guarantees.flush();
        return guarantee;
    }

    /** Ends a published guarantee from {@code from} (today when not given). */
    public ServiceGuarantee retire(long id, long expectedVersion, LocalDate from) {
        allow(PolicyAction.RETIRE);
        io.blueprint.shared.Dates.requireSupported(from, "from");
        ServiceGuarantee guarantee = lock(id, expectedVersion);
        LocalDate today = today();
        guarantee.retire(actor.name(), Instant.now(), from == null ? today : from, today);
        guarantees.flush();
        return guarantee;
    }

    // ---- reading

    /** The policy findings for terms as they stand, saved or not, in the service they belong to. */
    public List<PolicyFinding> check(long serviceId, GuaranteeTerms terms) {
        return new PolicyChecks(settings).check(terms,
                guarantees.customerVisibleTouchpoints(serviceId, terms.touchpointCodes()));
    }

    public List<PolicyFinding> findings(ServiceGuarantee guarantee) {
        return check(guarantee.getService().getId(), guarantee.terms());
    }

    public ServiceGuarantee version(long id) {
        return guarantees.find(id).orElseThrow(() -> notFound(id));
    }

    public List<ServiceGuarantee> versions(String code) {
        List<ServiceGuarantee> versions = guarantees.versions(ServiceGuarantee.normaliseCode(code));
        if (versions.isEmpty()) {
            throw DomainException.notFound("guarantee.code.notFound", code);
        }
        return versions;
    }

    public List<ServiceGuarantee> inForce(LocalDate date, Long serviceId, Channel channel) {
        return guarantees.inForce(date == null ? today() : date, serviceId, channel);
    }

    public ServiceGuarantee inForce(String code, LocalDate date) {
        LocalDate day = date == null ? today() : date;
        return guarantees.inForce(ServiceGuarantee.normaliseCode(code), day)
                .orElseThrow(() -> DomainException.notFound("guarantee.inForce.notFound", code, day));
    }

    public List<GuaranteeDiff.Change> compare(long beforeId, long afterId) {
        return GuaranteeDiff.between(version(beforeId).terms(), version(afterId).terms());
    }

    /** Today in the company's time zone: the day effective dates are read against. */
    public LocalDate today() {
        return LocalDate.now(settings.zone());
    }

    /** Whether the caller's roles allow {@code action} at all, for screens that offer only what may be done. */
    public boolean allows(PolicyAction action) {
        Role[] roles = switch (action) {
            case PUBLISH, RETIRE, SUPERSEDE -> APPROVERS;
            case DRAFT, SUBMIT, RETURN_TO_DRAFT, DISCARD, NEW_VERSION -> DRAFTERS;
        };
        for (Role role : roles) {
            if (actor.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the actor may do to this version now: its state and the actor's roles, and four eyes
     * (nobody approves what they drafted or submitted themselves). Screens offer these, the API lists them.
     */
    public java.util.EnumSet<PolicyAction> allowedActions(ServiceGuarantee guarantee) {
        java.util.EnumSet<PolicyAction> allowed = java.util.EnumSet.noneOf(PolicyAction.class);
        switch (guarantee.getStatus()) {
            case DRAFT -> {
                allowed.add(PolicyAction.DRAFT);
                allowed.add(PolicyAction.SUBMIT);
                allowed.add(PolicyAction.DISCARD);
            }
            case IN_REVIEW -> {
                allowed.add(PolicyAction.RETURN_TO_DRAFT);
                if (independentOf(guarantee)) {
                    allowed.add(PolicyAction.PUBLISH);
                }
            }
            case PUBLISHED -> {
                allowed.add(PolicyAction.RETIRE);
                allowed.add(PolicyAction.NEW_VERSION);
            }
            default -> allowed.add(PolicyAction.NEW_VERSION);
        }
        if (allowed.contains(PolicyAction.NEW_VERSION) && guarantees.openVersion(guarantee.getCode()).isPresent()) {
            allowed.remove(PolicyAction.NEW_VERSION);
        }
        allowed.removeIf(action -> !allows(action));
        return allowed;
    }

    /** Four eyes: the approver is neither the version's drafter nor its submitter (unless the setting is off). */
    private boolean independentOf(ServiceGuarantee guarantee) {
        String me = actor.name();
        return !settings.fourEyes() || (!me.equals(guarantee.getCreatedBy()) && !me.equals(guarantee.getSubmittedBy()));
    }

    /** The executives who could approve instead, for the refusal. */
    private List<String> approversOtherThan(ServiceGuarantee guarantee) {
        return accounts.enabledWith(Role.EXECUTIVE).stream()
                .filter(name -> !name.equals(guarantee.getCreatedBy()) && !name.equals(guarantee.getSubmittedBy()))
                .sorted()
                .limit(10)
                .toList();
    }

    // ---- helpers

    private void allow(PolicyAction action) {
        if (!allows(action)) {
            throw DomainException.forbidden("guarantee.forbidden", actor.name(), action);
        }
    }

    private ServiceGuarantee lock(long id, long expectedVersion) {
        ServiceGuarantee guarantee = guarantees.lock(id).orElseThrow(() -> notFound(id));
        if (guarantee.getVersion() != expectedVersion) {
            throw new StaleGuaranteeException(guarantee.getChangedBy(), guarantee.getVersion());
        }
        return guarantee;
    }

    private static DomainException notFound(long id) {
        return DomainException.notFound("guarantee.notFound", id);
    }
}
