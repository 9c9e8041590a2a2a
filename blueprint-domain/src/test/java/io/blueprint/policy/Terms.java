package io.blueprint.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Guarantee terms for tests: a guarantee that passes every check, and ways to break each one. */
final class Terms {

    String title = "Calls answered within 2 minutes";
    String promise = "상담 전화는 2분 안에 연결됩니다. If we are late, we refund 3,000 won.";
    GuaranteeCondition condition = new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST,
            new BigDecimal("120"), ConditionUnit.SECONDS);
    String scope = "Calls to the customer care line, weekdays 09:00–18:00";
    List<String> exclusions = new ArrayList<>(List.of("Calls during a declared system outage"));
    List<ClaimChannel> channels = new ArrayList<>(List.of(
            new ClaimChannel(ClaimChannelKind.WEB, "https://shop.example.com/guarantee", null),
            new ClaimChannel(ClaimChannelKind.POST, "서울특별시 중구 세종대로 110", "04524")));
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to;
    List<String> touchpoints = new ArrayList<>(List.of("RET-CALL-01"));
    String owner = "Customer care";
    List<RefundRuleTerms> rules = new ArrayList<>(List.of(new RefundRuleTerms(Remedy.POINTS_CREDIT, AmountKind.FIXED,
            new BigDecimal("3000"), null, null, null, "KRW", Payout.AUTOMATIC, List.of(), null)));

    GuaranteeTerms build() {
        return new GuaranteeTerms(title, promise, condition, scope, exclusions, channels, from, to, touchpoints, owner,
                rules);
    }

    static RefundRuleTerms onClaim(List<String> steps, Integer deadlineDays) {
        return new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PER_BREACH_UNIT, new BigDecimal("1000"),
                BreachUnit.MINUTES, 10, new BigDecimal("5000"), null, Payout.ON_CLAIM, steps, deadlineDays);
    }
}
