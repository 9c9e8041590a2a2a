package io.blueprint.policy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyChecksTest {

    private final PolicyChecks checks = new PolicyChecks(PolicySettings.defaults());
    private final Terms terms = new Terms();

    private List<PolicyFinding> findings() {
        return checks.check(terms.build(), Set.of("RET-CALL-01", "RET-WEB-01"));
    }

    private List<String> keys() {
        return findings().stream().map(PolicyFinding::messageKey).toList();
    }

    @Test
    void aGoodGuaranteePassesEveryCheck() {
        assertThat(findings()).isEmpty();
    }

    @Test
    void theConditionNeedsANumberAndAUnit() {
        terms.condition = new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, null, null);
        assertThat(findings()).extracting(PolicyFinding::messageKey, PolicyFinding::severity, PolicyFinding::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("policy.condition.threshold", Severity.ERROR, "condition.threshold"),
                        org.assertj.core.groups.Tuple.tuple("policy.condition.unit", Severity.ERROR, "condition.unit"));
        assertThat(PolicyChecks.blocksPublishing(findings())).isTrue();
    }

    @Test
    void atLeastOneClaimChannelWithCompleteDetails() {
        terms.channels.clear();
        assertThat(keys()).containsExactly("policy.claimChannel.none");

        terms.channels.add(new ClaimChannel(ClaimChannelKind.POST, "서울특별시 중구 세종대로 110", null));
        terms.channels.add(new ClaimChannel(ClaimChannelKind.EMAIL, "care at example", null));
        terms.channels.add(new ClaimChannel(ClaimChannelKind.PHONE, "call us", null));
        terms.channels.add(new ClaimChannel(ClaimChannelKind.WEB, "shop.example.com", null));
        assertThat(findings()).extracting(PolicyFinding::messageKey, PolicyFinding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("policy.claimChannel.postalCodeMissing", "claimChannels[0]"),
                org.assertj.core.groups.Tuple.tuple("policy.claimChannel.badEmail", "claimChannels[1]"),
                org.assertj.core.groups.Tuple.tuple("policy.claimChannel.badPhone", "claimChannels[2]"),
                org.assertj.core.groups.Tuple.tuple("policy.claimChannel.badUrl", "claimChannels[3]"));

        terms.channels.clear();
        terms.channels.add(new ClaimChannel(ClaimChannelKind.WEB, "http://shop.example.com/claim", null));
        assertThat(keys()).as("a plain-http claim link").containsExactly("policy.claimChannel.badUrl");

        terms.channels.clear();
        terms.channels.add(new ClaimChannel(ClaimChannelKind.WEB, "HTTPS://shop.example.com/claim", null));
        terms.channels.add(new ClaimChannel(ClaimChannelKind.PHONE, "1588-1234", null));
        terms.channels.add(new ClaimChannel(ClaimChannelKind.EMAIL, "care@shop.example.com", null));
        assertThat(findings()).isEmpty();
    }

    @Test
    void moreThanThreeExclusionsIsAWarningThatDoesNotBlock() {
        terms.exclusions.addAll(List.of("Public holidays", "Calls from abroad"));
        assertThat(findings()).isEmpty();
        terms.exclusions.add("Calls about business accounts");
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(PolicyCheck.FEW_EXCLUSIONS);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.arguments()).containsExactly(4, 3);
        });
        assertThat(PolicyChecks.blocksPublishing(findings())).isFalse();
    }

    @Test
    void everyRefundRuleNamesItsRemedyAndAmount() {
        terms.rules.clear();
        assertThat(keys()).containsExactly("policy.refundRule.none");
        terms.rules.add(new RefundRuleTerms(null, AmountKind.FIXED, null, null, null, null, null, Payout.AUTOMATIC,
                List.of(), null));
        assertThat(findings()).extracting(PolicyFinding::messageKey, PolicyFinding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("policy.refundRule.remedy", "refundRules[0].remedy"),
                org.assertj.core.groups.Tuple.tuple("policy.refundRule.amount", "refundRules[0].amount"));
    }

    @Test
    void aRemedyPaidOnClaimMustSayHowAndUntilWhenBeforeItCanBePublished() {
        terms.rules.set(0, Terms.onClaim(List.of(), null));

        List<PolicyFinding> found = findings();
        assertThat(found).extracting(PolicyFinding::check, PolicyFinding::messageKey, PolicyFinding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PolicyCheck.CLAIM_PROCEDURE_STATED, "policy.claim.noSteps", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(PolicyCheck.CLAIM_PROCEDURE_STATED, "policy.claim.noDeadline", Severity.ERROR));
        assertThat(PolicyChecks.blocksPublishing(found)).isTrue();
    }

    @Test
    void aClaimTakesAtMostThreeStepsAndHasADeadline() {
        terms.rules.set(0, Terms.onClaim(List.of("Open the claim form", "Enter the call time"), 30));
        assertThat(findings()).isEmpty();

        terms.rules.set(0, Terms.onClaim(List.of("Find the receipt", "Print the form", "Sign it", "Post it"), null));
        // errors come first: a missing deadline blocks publishing, four steps only warn
        assertThat(findings()).extracting(PolicyFinding::messageKey).containsExactly(
                "policy.claim.noDeadline", "policy.claim.tooManySteps");
        assertThat(findings().get(1).arguments()).containsExactly(1, 4, 3);
    }

    @Test
    void aGuaranteeIsKeptAtACustomerVisibleTouchpoint() {
        terms.touchpoints.clear();
        assertThat(keys()).containsExactly("policy.touchpoint.none");
        terms.touchpoints.add("RET-BACK-99");
        assertThat(keys()).containsExactly("policy.touchpoint.noneVisible");
        terms.touchpoints.add("RET-WEB-01");
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("policy.touchpoint.someUnknown");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void vagueWordsWithoutANumberAreRefusedInEitherLanguage() {
        terms.promise = "문의하신 내용은 빠르게 처리해 드립니다.";
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(PolicyCheck.EXACT_WORDS);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("promise");
            assertThat(f.arguments().get(0)).isEqualTo("빠르게");
        });
        terms.promise = "We answer as soon as possible.";
        assertThat(keys()).containsExactly("policy.words.vague");
        terms.title = "Quick answers";
        terms.promise = "We will reply Quickly";
        assertThat(findings()).extracting(PolicyFinding::path).containsExactly("promise");

        // the same words beside an exact number say how fast, which is the point
        terms.promise = "빠르게, 2분 안에 연결됩니다. We answer quickly: within 120 seconds.";
        assertThat(findings()).isEmpty();
        // a word that merely contains a vague one is not vague
        terms.promise = "Breakfast orders are answered within 5 minutes.";
        assertThat(findings()).isEmpty();
    }

    @Test
    void thresholdsAndSeveritiesAreSettings() {
        PolicyChecks strict = new PolicyChecks(new PolicySettings(1, 1, List.of("pronto"),
                Map.of(PolicyCheck.FEW_EXCLUSIONS, Severity.ERROR), java.time.ZoneOffset.UTC, true));
        terms.exclusions.add("Public holidays");
        terms.promise = "Answered pronto";
        terms.rules.set(0, Terms.onClaim(List.of("Open the claim form", "Enter the call time"), 30));
        assertThat(strict.check(terms.build(), Set.of("RET-CALL-01")))
                .extracting(PolicyFinding::messageKey, PolicyFinding::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("policy.exclusions.tooMany", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("policy.words.vague", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("policy.claim.tooManySteps", Severity.WARNING));
        terms.promise = "answered quickly";
        assertThat(strict.check(terms.build(), Set.of("RET-CALL-01"))).extracting(PolicyFinding::messageKey)
                .doesNotContain("policy.words.vague");
    }

    @Test
    void zeroAmountIsNotAnExplicitRemedy() {
        terms.rules.set(0, new RefundRuleTerms(Remedy.VOUCHER, AmountKind.FIXED, BigDecimal.ZERO, null, null, null,
                null, Payout.AUTOMATIC, List.of(), null));
        assertThat(keys()).containsExactly("policy.refundRule.amount");
    }
}
