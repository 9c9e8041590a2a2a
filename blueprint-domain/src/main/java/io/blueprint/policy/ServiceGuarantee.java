package io.blueprint.policy;

import io.blueprint.journey.Service;
import io.blueprint.journey.Touchpoint;
import io.blueprint.shared.Auditable;
import io.blueprint.shared.Dates;
import io.blueprint.shared.DomainException;
import io.blueprint.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One version of a promise to customers. Versions of the same guarantee share its code and are
 * numbered by revision. A version is written as a draft, submitted for review and published by an
 * executive; from then on its terms never change: a change is a new draft that replaces it when
 * that draft is published.
 */
@Entity
@Table(name = "service_guarantee")
public class ServiceGuarantee extends Auditable {

    public static final int CODE_MAX = 40;
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int EXCLUSION_MAX = 500;
    public static final int LIST_LIMIT = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuaranteeStatus status;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = TEXT_MAX)
    private String promise;

    @Embedded
    private GuaranteeCondition condition;

    @Column(length = TEXT_MAX)
    private String scope;

    @Column(length = 200)
    private String owner;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ElementCollection
    @CollectionTable(name = "guarantee_exclusion", joinColumns = @JoinColumn(name = "guarantee_id"))
    @OrderColumn(name = "position")
    @Column(name = "exclusion", nullable = false, length = EXCLUSION_MAX)
    private List<String> exclusions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guarantee_claim_channel", joinColumns = @JoinColumn(name = "guarantee_id"))
    @OrderColumn(name = "position")
    private List<ClaimChannel> claimChannels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guarantee_touchpoint", joinColumns = @JoinColumn(name = "guarantee_id"))
    @OrderColumn(name = "position")
    @Column(name = "touchpoint_code", nullable = false, length = Touchpoint.CODE_MAX)
    private List<String> touchpointCodes = new ArrayList<>();

    @OneToMany(mappedBy = "guarantee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RefundRule> refundRules = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "retired_by", length = 64)
    private String retiredBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ServiceGuarantee() {
    }

    private ServiceGuarantee(Service service, String code, int revision, String actor) {
        this.service = service;
        this.code = normaliseCode(code);
        this.revision = revision;
        this.status = GuaranteeStatus.DRAFT;
        this.createdBy = actor;
        this.changedBy = actor;
    }

    /** The first version of a new guarantee, as a draft. */
    public static ServiceGuarantee firstDraft(Service service, String code, GuaranteeTerms terms, String actor) {
        if (service == null) {
            throw new DomainException("guarantee.service.required").at("serviceId");
        }
        ServiceGuarantee draft = new ServiceGuarantee(service, code, 1, actor);
        draft.write(terms);
        return draft;
    }

    /** Normalises a code as people type it ("care-call-2min " → "CARE-CALL-2MIN") and checks its form. */
    public static String normaliseCode(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("guarantee.code.required").at("code");
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (code.length() > CODE_MAX) {
            throw new DomainException("guarantee.code.tooLong", CODE_MAX).at("code");
        }
        if (!CODE.matcher(code).matches()) {
            throw new DomainException("guarantee.code.format", code).at("code");
        }
        return code;
    }

    // ---- writing

    /** Rewrites the terms of a draft. Anything past review is refused: published terms never change. */
    public void revise(GuaranteeTerms terms, String actor) {
        if (status.wasPublished()) {
            throw new DomainException("guarantee.published.immutable", code, revision);
        }
        if (status == GuaranteeStatus.IN_REVIEW) {
            throw new DomainException("guarantee.inReview.locked", code, revision);
        }
        write(terms);
        changedBy = actor;
    }

    private void write(GuaranteeTerms terms) {
        if (terms == null) {
            throw new DomainException("guarantee.terms.required");
        }
        title = field("title", () -> Text.required(terms.title(), TITLE_MAX, "guarantee.title"));
        promise = field("promise", () -> Text.optional(terms.promise(), TEXT_MAX, "guarantee.promise"));
        scope = field("scope", () -> Text.optional(terms.scope(), TEXT_MAX, "guarantee.scope"));
        owner = field("owner", () -> Text.optional(terms.owner(), 200, "guarantee.owner"));
        condition = terms.condition();
        if (terms.effectiveFrom() == null) {
            throw new DomainException("guarantee.effectiveFrom.required").at("effectiveFrom");
        }
        Dates.requireSupported(terms.effectiveFrom(), "effectiveFrom");
        if (terms.effectiveTo() != null) {
            Dates.requireSupported(terms.effectiveTo(), "effectiveTo");
        }
        if (terms.effectiveTo() != null && terms.effectiveTo().isBefore(terms.effectiveFrom())) {
            throw new DomainException("guarantee.effectiveTo.beforeFrom").at("effectiveTo");
        }
        effectiveFrom = terms.effectiveFrom();
        effectiveTo = terms.effectiveTo();
        exclusions = new ArrayList<>(texts(terms.exclusions(), "exclusions", EXCLUSION_MAX, "guarantee.exclusion"));
        limit(terms.claimChannels(), "claimChannels");
        claimChannels = new ArrayList<>(terms.claimChannels());
        limit(terms.touchpointCodes(), "touchpointCodes");
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < terms.touchpointCodes().size(); i++) {
            String raw = terms.touchpointCodes().get(i);
            codes.add(field("touchpointCodes[" + i + "]", () -> Touchpoint.normaliseCode(raw)));
        }
        touchpointCodes = new ArrayList<>(codes);
        limit(terms.refundRules(), "refundRules");
        List<RefundRule> rules = new ArrayList<>();
        for (int i = 0; i < terms.refundRules().size(); i++) {
            RefundRuleTerms rule = terms.refundRules().get(i);
            int position = i;
            rules.add(field("refundRules[" + i + "]", () -> new RefundRule(this, position, rule)));
        }
        refundRules.clear();
        refundRules.addAll(rules);
    }

    private static List<String> texts(List<String> values, String path, int max, String key) {
        limit(values, path);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            texts.add(field(path + "[" + i + "]", () -> Text.required(value, max, key)));
        }
        return texts;
    }

    private static void limit(List<?> values, String path) {
        if (values.size() > LIST_LIMIT) {
            throw new DomainException("guarantee.list.tooLong", LIST_LIMIT).at(path);
        }
    }

    private static <T> T field(String path, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            throw e.at(path);
        }
    }

    // ---- lifecycle

    /** Draft → in review. */
    public void submit(String actor, Instant at) {
        require(GuaranteeStatus.DRAFT, PolicyAction.SUBMIT);
        status = GuaranteeStatus.IN_REVIEW;
        submittedBy = actor;
        submittedAt = at;
        reviewNote = null;
        changedBy = actor;
    }

    /** In review → draft, withdrawn by its author or sent back by a reviewer, with a note saying why. */
    public void returnToDraft(String actor, String note) {
        require(GuaranteeStatus.IN_REVIEW, PolicyAction.RETURN_TO_DRAFT);
        status = GuaranteeStatus.DRAFT;
        reviewNote = Text.optional(note, 1000, "guarantee.reviewNote");
        changedBy = actor;
    }

    /**
     * In review → published, approved by {@code actor}. A version cannot be in force before it is
     * published, so an effective date already past moves to {@code today}.
     */
    public void publish(String actor, Instant at, LocalDate today) {
        require(GuaranteeStatus.IN_REVIEW, PolicyAction.PUBLISH);
        if (effectiveFrom.isBefore(today)) {
            if (effectiveTo != null && effectiveTo.isBefore(today)) {
                throw new DomainException("guarantee.effectiveTo.past", effectiveTo).at("effectiveTo");
            }
            effectiveFrom = today;
        }
        status = GuaranteeStatus.PUBLISHED;
        approvedBy = actor;
        approvedAt = at;
        changedBy = actor;
    }

    /** Published → superseded by {@code successor}: in force until the successor takes effect. */
    public void supersedeBy(ServiceGuarantee successor) {
        require(GuaranteeStatus.PUBLISHED, PolicyAction.SUPERSEDE);
        status = GuaranteeStatus.SUPERSEDED;
        endedOn = successor.effectiveFrom.isAfter(effectiveFrom) ? successor.effectiveFrom : effectiveFrom;
        changedBy = successor.approvedBy;
    }

    /** Published → retired: no longer in force from {@code from} (today or later). */
    public void retire(String actor, Instant at, LocalDate from, LocalDate today) {
        require(GuaranteeStatus.PUBLISHED, PolicyAction.RETIRE);
        if (from.isBefore(today)) {
            throw new DomainException("guarantee.retire.past", today).at("from");
        }
        status = GuaranteeStatus.RETIRED;
        endedOn = from.isAfter(effectiveFrom) ? from : effectiveFrom;
        retiredBy = actor;
        retiredAt = at;
        changedBy = actor;
    }

    /** The next version, as a draft with these terms; its effective date is moved to today if it is past. */
    public ServiceGuarantee nextDraft(int nextRevision, String actor, LocalDate today) {
        ServiceGuarantee draft = new ServiceGuarantee(service, code, nextRevision, actor);
        GuaranteeTerms terms = terms();
        LocalDate from = effectiveFrom.isBefore(today) ? today : effectiveFrom;
        LocalDate to = effectiveTo != null && effectiveTo.isBefore(from) ? null : effectiveTo;
        draft.write(new GuaranteeTerms(terms.title(), terms.promise(), terms.condition(), terms.scope(),
                terms.exclusions(), terms.claimChannels(), from, to, terms.touchpointCodes(), terms.owner(),
                terms.refundRules()));
        return draft;
    }

    private void require(GuaranteeStatus expected, PolicyAction action) {
        if (status != expected) {
            throw new DomainException("guarantee.transition.invalid", code, revision, status, action);
        }
    }

    /** Whether this version was the one in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return status.wasPublished()
                && !date.isBefore(effectiveFrom)
                && (effectiveTo == null || !date.isAfter(effectiveTo))
                && (endedOn == null || date.isBefore(endedOn));
    }

    public GuaranteeTerms terms() {
        return new GuaranteeTerms(title, promise, condition, scope, List.copyOf(exclusions),
                List.copyOf(claimChannels), effectiveFrom, effectiveTo, List.copyOf(touchpointCodes), owner,
                refundRules.stream().map(RefundRule::terms).toList());
    }

    // ---- reading

    public Service getService() {
        return service;
    }

    public String getCode() {
        return code;
    }

    public int getRevision() {
        return revision;
    }

    public GuaranteeStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getPromise() {
        return promise;
    }

    public GuaranteeCondition getCondition() {
        return condition == null ? new GuaranteeCondition(null, null, null, null) : condition;
    }

    public String getScope() {
        return scope;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    /** The first day this version is no longer in force because a later version or a retirement ended it, or null. */
    public LocalDate getEndedOn() {
        return endedOn;
    }

    public List<String> getExclusions() {
        return List.copyOf(exclusions);
    }

    public List<ClaimChannel> getClaimChannels() {
        return List.copyOf(claimChannels);
    }

    public List<String> getTouchpointCodes() {
        return List.copyOf(touchpointCodes);
    }

    public List<RefundRule> getRefundRules() {
        return List.copyOf(refundRules);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getRetiredBy() {
        return retiredBy;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
