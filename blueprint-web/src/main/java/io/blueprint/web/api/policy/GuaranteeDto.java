package io.blueprint.web.api.policy;

import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.GuaranteeTerms;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.web.api.ApiError;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A guarantee version as the API shows it: its terms, where it stands in its lifecycle, who moved
 * it there, and the policy findings for it. {@code version} is the ETag to send back in If-Match.
 */
public record GuaranteeDto(long id, String code, int revision, GuaranteeStatus status, long serviceId,
                           String serviceName, TermsDto terms, LocalDate endedOn, boolean inForceToday,
                           String createdBy, String changedBy, String submittedBy, Instant submittedAt,
                           String reviewNote, String approvedBy, Instant approvedAt, String retiredBy,
                           Instant retiredAt, long version, boolean publishable,
                           List<ApiError.PolicyFindingDto> findings,
                           java.util.Set<io.blueprint.policy.PolicyAction> allowedActions) {

    /** The measurable condition ("wait at most 120 seconds"). */
    public record ConditionDto(GuaranteeMetric metric, ConditionOperator operator, BigDecimal threshold,
                               ConditionUnit unit) {

        public static ConditionDto of(GuaranteeCondition c) {
            return new ConditionDto(c.getMetric(), c.getOperator(), c.getThreshold(), c.getUnit());
        }

        GuaranteeCondition toCondition() {
            return new GuaranteeCondition(metric, operator, threshold, unit);
        }
    }

    /** One way to claim: web address, e-mail, phone, or postal address with its postal code. */
    public record ClaimChannelDto(ClaimChannelKind kind, String contact, String postalCode) {

        static ClaimChannelDto of(ClaimChannel c) {
            return new ClaimChannelDto(c.getKind(), c.getContact(), c.getPostalCode());
        }
    }

    /** Everything a version promises; what clients send to create or rewrite a draft, and what they read back. */
    public record TermsDto(String title, String promise, ConditionDto condition, String scope, List<String> exclusions,
                           List<ClaimChannelDto> claimChannels, LocalDate effectiveFrom, LocalDate effectiveTo,
                           List<String> touchpointCodes, String owner, List<RefundRuleTerms> refundRules) {

        static TermsDto of(GuaranteeTerms t) {
            return new TermsDto(t.title(), t.promise(), ConditionDto.of(t.condition()), t.scope(), t.exclusions(),
                    t.claimChannels().stream().map(ClaimChannelDto::of).toList(), t.effectiveFrom(), t.effectiveTo(),
                    t.touchpointCodes(), t.owner(), t.refundRules());
        }

        /** The domain's terms; each claim channel is checked where it is made, its errors naming its place. */
        GuaranteeTerms toTerms() {
            List<ClaimChannel> channels = new java.util.ArrayList<>();
            List<ClaimChannelDto> given = claimChannels == null ? List.of() : claimChannels;
            for (int i = 0; i < given.size(); i++) {
                ClaimChannelDto c = given.get(i);
                try {
                    channels.add(new ClaimChannel(c == null ? null : c.kind(), c == null ? null : c.contact(),
                            c == null ? null : c.postalCode()));
                } catch (io.blueprint.shared.DomainException e) {
                    throw e.at("claimChannels[" + i + "]");
                }
            }
            return new GuaranteeTerms(title, promise, condition == null ? null : condition.toCondition(), scope,
                    exclusions, channels, effectiveFrom, effectiveTo, touchpointCodes, owner, refundRules);
        }
    }

    /** A new guarantee: the service it belongs to, its code, and the terms of its first draft. */
    public record NewGuarantee(Long serviceId, String code, TermsDto terms) {
    }

    /** A note saying why a version goes back to draft. */
    public record ReturnInput(String note) {
    }

    /** The first day a retired guarantee is no longer in force; today when absent. */
    public record RetireInput(LocalDate from) {
    }

    /** Terms to check before saving them. */
    public record CheckInput(Long serviceId, TermsDto terms) {
    }

    /** One line of the guarantee list: the latest version of a code. */
    public record Summary(long id, String code, int revision, GuaranteeStatus status, long serviceId,
                          String serviceName, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
                          LocalDate endedOn, boolean inForceToday, long version) {
    }

    /** One changed field between two versions. */
    public record ChangeDto(String field, String before, String after) {
    }
}
