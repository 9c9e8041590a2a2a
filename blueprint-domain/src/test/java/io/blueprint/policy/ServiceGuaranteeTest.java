package io.blueprint.policy;

import io.blueprint.journey.Service;
import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceGuaranteeTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private final Service service = new Service("Online store customer care", null, null);
    private final Terms terms = new Terms();

    private ServiceGuarantee published(LocalDate today) {
        ServiceGuarantee g = ServiceGuarantee.firstDraft(service, "care-call-2min", terms.build(), "designer");
        g.submit("designer", Instant.now());
        g.publish("executive", Instant.now(), today);
        return g;
    }

    @Test
    void walksDraftReviewPublishedRetired() {
        ServiceGuarantee g = ServiceGuarantee.firstDraft(service, " care-call-2min ", terms.build(), "designer");
        assertThat(g.getCode()).isEqualTo("CARE-CALL-2MIN");
        assertThat(g.getStatus()).isEqualTo(GuaranteeStatus.DRAFT);

        g.submit("designer", Instant.now());
        assertThat(g.getStatus()).isEqualTo(GuaranteeStatus.IN_REVIEW);
        assertThat(g.getSubmittedBy()).isEqualTo("designer");

        g.returnToDraft("executive", "Say which hours count");
        assertThat(g.getStatus()).isEqualTo(GuaranteeStatus.DRAFT);
        assertThat(g.getReviewNote()).isEqualTo("Say which hours count");

        g.submit("designer", Instant.now());
        g.publish("executive", Instant.now(), JAN_1);
        assertThat(g.getStatus()).isEqualTo(GuaranteeStatus.PUBLISHED);
        assertThat(g.getApprovedBy()).isEqualTo("executive");

        g.retire("executive", Instant.now(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));
        assertThat(g.getStatus()).isEqualTo(GuaranteeStatus.RETIRED);
        assertThat(g.inForceOn(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(g.inForceOn(LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        ServiceGuarantee g = ServiceGuarantee.firstDraft(service, "G-1", terms.build(), "designer");
        assertThatThrownBy(() -> g.publish("executive", Instant.now(), JAN_1))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("guarantee.transition.invalid");
        assertThatThrownBy(() -> g.retire("executive", Instant.now(), JAN_1, JAN_1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> g.returnToDraft("executive", null)).isInstanceOf(DomainException.class);
    }

    @Test
    void publishedTermsNeverChange() {
        ServiceGuarantee g = published(JAN_1);
        terms.title = "Calls answered within 3 minutes";
        assertThatThrownBy(() -> g.revise(terms.build(), "executive"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("guarantee.published.immutable");
        assertThat(g.getTitle()).isEqualTo("Calls answered within 2 minutes");
    }

    @Test
    void aVersionInReviewIsLockedUntilReturnedToDraft() {
        ServiceGuarantee g = ServiceGuarantee.firstDraft(service, "G-1", terms.build(), "designer");
        g.submit("designer", Instant.now());
        assertThatThrownBy(() -> g.revise(terms.build(), "designer"))
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("guarantee.inReview.locked");
    }

    @Test
    void aSuccessorReplacesItsPredecessorOnTheDayItTakesEffect() {
        ServiceGuarantee v1 = published(JAN_1);
        LocalDate today = LocalDate.of(2026, 5, 10);
        ServiceGuarantee v2 = v1.nextDraft(2, "designer", today);
        assertThat(v2.getEffectiveFrom()).isEqualTo(today);
        terms.from = LocalDate.of(2026, 6, 1);
        terms.condition = new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST,
                new BigDecimal("90"), ConditionUnit.SECONDS);
        v2.revise(terms.build(), "designer");
        v2.submit("designer", Instant.now());
        v2.publish("executive", Instant.now(), today);
        v1.supersedeBy(v2);

        assertThat(v1.getStatus()).isEqualTo(GuaranteeStatus.SUPERSEDED);
        assertThat(v1.inForceOn(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(v2.inForceOn(LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(v1.inForceOn(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(v2.inForceOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(v1.inForceOn(LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void aVersionCannotTakeEffectBeforeItIsPublished() {
        terms.from = LocalDate.of(2026, 1, 1);
        ServiceGuarantee g = published(LocalDate.of(2026, 4, 2));
        assertThat(g.getEffectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(g.inForceOn(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void retiringInThePastIsRefused() {
        ServiceGuarantee g = published(JAN_1);
        assertThatThrownBy(() -> g.retire("executive", Instant.now(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1)))
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("guarantee.retire.past");
    }

    @Test
    void badInputIsRefusedWithThePathOfTheField() {
        terms.rules = new java.util.ArrayList<>(List.of(new RefundRuleTerms(Remedy.CASH_REFUND,
                AmountKind.PERCENT_OF_ORDER, new BigDecimal("150"), null, null, null, "KRW", Payout.AUTOMATIC, null, null)));
        assertThatThrownBy(() -> ServiceGuarantee.firstDraft(service, "G-1", terms.build(), "designer"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).getMessageKey()).isEqualTo("refundRule.percent.range");
                    assertThat(((DomainException) e).getField()).isEqualTo("refundRules[0].amount");
                });
        terms.rules = new java.util.ArrayList<>(List.of(new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.FIXED,
                BigDecimal.TEN, null, null, null, "XYZ", Payout.AUTOMATIC, null, null)));
        assertThatThrownBy(() -> ServiceGuarantee.firstDraft(service, "G-1", terms.build(), "designer"))
                .extracting(e -> ((DomainException) e).getField()).isEqualTo("refundRules[0].currency");
        terms.rules = new java.util.ArrayList<>();
        terms.to = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> ServiceGuarantee.firstDraft(service, "G-1", terms.build(), "designer"))
                .extracting(e -> ((DomainException) e).getField()).isEqualTo("effectiveTo");
        assertThatThrownBy(() -> ServiceGuarantee.firstDraft(service, "G 1", new Terms().build(), "designer"))
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("guarantee.code.format");
    }

    @Test
    void compensationCountsStartedBlocksAndStopsAtTheCap() {
        ServiceGuarantee g = ServiceGuarantee.firstDraft(service, "G-1", terms.build(), "designer");
        terms.rules = new java.util.ArrayList<>(List.of(
                Terms.onClaim(List.of("Open the claim form"), 14),
                new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PERCENT_OF_ORDER, new BigDecimal("10"), null, null,
                        new BigDecimal("20000"), "KRW", Payout.AUTOMATIC, null, null)));
        g.revise(terms.build(), "designer");
        RefundRule perTenMinutes = g.getRefundRules().get(0);
        assertThat(perTenMinutes.compensation(BigDecimal.ZERO, new BigDecimal("11"))).isEqualByComparingTo("2000");
        assertThat(perTenMinutes.compensation(BigDecimal.ZERO, new BigDecimal("10"))).isEqualByComparingTo("1000");
        assertThat(perTenMinutes.compensation(BigDecimal.ZERO, new BigDecimal("90"))).isEqualByComparingTo("5000");
        assertThat(perTenMinutes.compensation(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("0");
        RefundRule tenPercent = g.getRefundRules().get(1);
        assertThat(tenPercent.compensation(new BigDecimal("45555"), BigDecimal.ZERO)).isEqualByComparingTo("4556");
        assertThat(tenPercent.compensation(new BigDecimal("500000"), BigDecimal.ZERO)).isEqualByComparingTo("20000");
    }

    @Test
    void theDiffNamesEachChangedField() {
        GuaranteeTerms before = terms.build();
        terms.condition = new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST,
                new BigDecimal("90"), ConditionUnit.SECONDS);
        terms.exclusions.add("Public holidays");
        terms.rules.set(0, new RefundRuleTerms(Remedy.POINTS_CREDIT, AmountKind.FIXED, new BigDecimal("5000"), null,
                null, null, "KRW", Payout.AUTOMATIC, List.of(), null));
        assertThat(GuaranteeDiff.between(before, terms.build())).containsExactly(
                new GuaranteeDiff.Change("condition.threshold", "120", "90"),
                new GuaranteeDiff.Change("exclusions[1]", null, "Public holidays"),
                new GuaranteeDiff.Change("refundRules[0].amount", "3000", "5000"));
        assertThat(GuaranteeDiff.between(before, before)).isEmpty();
    }
}
