package io.blueprint.web.policy;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;
import io.blueprint.reports.policy.wording.GuaranteeWording;
import io.blueprint.web.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one wording of a guarantee's terms, with the real message bundles, as a customer reads it in
 * English and in Korean: the condition, amounts in every currency's digits, points as points, per-unit
 * amounts that say "started" with the right singular or plural, caps, how it is paid and where to claim.
 */
class GuaranteeWordingTest {

    private static final GuaranteeWording EN = BundleLabels.wording(Messages.ENGLISH);
    private static final GuaranteeWording KO = BundleLabels.wording(Messages.KOREAN);

    private static RefundRuleTerms rule(Remedy remedy, AmountKind kind, String amount, BreachUnit unit, Integer size,
                                        String cap, String currency) {
        return new RefundRuleTerms(remedy, kind, new BigDecimal(amount), unit, size, cap == null ? null : new BigDecimal(cap),
                currency, Payout.AUTOMATIC, List.of(), null);
    }

    private static RefundRuleTerms perUnit(Remedy remedy, String amount, BreachUnit unit, int size, String currency) {
        return rule(remedy, AmountKind.PER_BREACH_UNIT, amount, unit, size, null, currency);
    }

    @Test
    void theConditionIsOneSentenceWithTheUnitInTheRightNumber() {
        var wait = new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal("120"),
                ConditionUnit.SECONDS);
        var refund = new GuaranteeCondition(GuaranteeMetric.REFUND_TIME, ConditionOperator.AT_MOST, BigDecimal.ONE,
                ConditionUnit.BUSINESS_DAYS);
        var availability = new GuaranteeCondition(GuaranteeMetric.AVAILABILITY, ConditionOperator.AT_LEAST,
                new BigDecimal("99.5"), ConditionUnit.PERCENT);
        var transfers = new GuaranteeCondition(GuaranteeMetric.TRANSFERS, ConditionOperator.AT_MOST, BigDecimal.ONE,
                ConditionUnit.COUNT);
        var resolution = new GuaranteeCondition(GuaranteeMetric.RESOLUTION_TIME, ConditionOperator.LESS_THAN,
                new BigDecimal("1440"), ConditionUnit.MINUTES);

        assertThat(EN.condition(wait)).isEqualTo("Wait before being served: at most 120 seconds");
        assertThat(KO.condition(wait)).isEqualTo("응대까지 대기 시간: 120초 이하");
        assertThat(EN.condition(refund)).isEqualTo("Time to refund: at most 1 business day");
        assertThat(KO.condition(refund)).isEqualTo("환불까지 시간: 1영업일 이하");
        assertThat(EN.condition(availability)).isEqualTo("Availability: at least 99.5%");
        assertThat(KO.condition(availability)).isEqualTo("가용률: 99.5% 이상");
        assertThat(EN.condition(transfers)).isEqualTo("Transfers: at most once");
        assertThat(KO.condition(transfers)).isEqualTo("전환 횟수: 1회 이하");
        assertThat(EN.condition(resolution)).isEqualTo("Time to resolution: less than 1,440 minutes");
        assertThat(KO.condition(resolution)).isEqualTo("해결까지 시간: 1,440분 미만");
    }

    @Test
    void aDraftsMissingPartsShowAsDashes() {
        var open = new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, null, null, null);

        assertThat(EN.condition(open)).isEqualTo("Wait before being served: — —");
        assertThat(EN.amount(new RefundRuleTerms(Remedy.CASH_REFUND, null, null, null, null, null, null, null, null, null)))
                .isEqualTo("—");
    }

    @Test
    void moneyHasItsCurrencysDigitsAndKoreanReadersSeeWon() {
        assertThat(EN.money(new BigDecimal("1000"), "KRW")).isEqualTo("KRW 1,000");
        assertThat(KO.money(new BigDecimal("1000"), "KRW")).isEqualTo("1,000원");
        assertThat(EN.money(new BigDecimal("1.5"), "USD")).isEqualTo("USD 1.50");
        assertThat(KO.money(new BigDecimal("1.5"), "USD")).isEqualTo("USD 1.50");
        assertThat(EN.money(new BigDecimal("500.00"), "JPY")).isEqualTo("JPY 500");
        assertThat(KO.money(new BigDecimal("500"), "JPY")).isEqualTo("JPY 500");
        assertThat(EN.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("EUR 1,234.50");
        assertThat(KO.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("EUR 1,234.50");
    }

    @Test
    void theReportedRefundRuleReadsTheSameEverywhere() {
        RefundRuleTerms daily = rule(Remedy.CASH_REFUND, AmountKind.PER_BREACH_UNIT, "1000.00", BreachUnit.DAYS, 1,
                "10000.00", "KRW");

        assertThat(EN.remedy(daily)).isEqualTo("Cash refund: KRW 1,000 for every started day, at most KRW 10,000 in all.");
        assertThat(KO.remedy(daily)).isEqualTo("현금 환불: 시작된 1일마다 1,000원, 최대 10,000원.");
    }

    @Test
    void pointsArePointsNotMoney() {
        RefundRuleTerms points = rule(Remedy.POINTS_CREDIT, AmountKind.PER_BREACH_UNIT, "100", BreachUnit.MINUTES, 10,
                "500", "KRW");

        assertThat(EN.remedy(points)).isEqualTo("Points credit: 100 points for every started 10 minutes, at most 500 points in all.");
        assertThat(KO.remedy(points)).isEqualTo("포인트 적립: 시작된 10분마다 100포인트, 최대 500포인트.");
        assertThat(EN.remedy(rule(Remedy.POINTS_CREDIT, AmountKind.FIXED, "1", null, null, null, "USD")))
                .isEqualTo("Points credit: 1 point.");
        assertThat(EN.remedy(rule(Remedy.POINTS_CREDIT, AmountKind.FIXED, "1000.00", null, null, null, "KRW")))
                .isEqualTo("Points credit: 1,000 points.");
        assertThat(KO.remedy(rule(Remedy.POINTS_CREDIT, AmountKind.FIXED, "1000", null, null, null, "KRW")))
                .isEqualTo("포인트 적립: 1,000포인트.");
        assertThat(EN.remedy(rule(Remedy.POINTS_CREDIT, AmountKind.PERCENT_OF_ORDER, "5", null, null, null, "KRW")))
                .isEqualTo("Points credit: points worth 5% of the order value.");
        assertThat(KO.remedy(rule(Remedy.POINTS_CREDIT, AmountKind.PERCENT_OF_ORDER, "5", null, null, null, "KRW")))
                .isEqualTo("포인트 적립: 주문 금액의 5%에 해당하는 포인트.");
    }

    @Test
    void otherRemediesInEveryCurrency() {
        assertThat(EN.remedy(rule(Remedy.VOUCHER, AmountKind.FIXED, "1.5", null, null, null, "USD")))
                .isEqualTo("Voucher: USD 1.50.");
        assertThat(KO.remedy(rule(Remedy.VOUCHER, AmountKind.FIXED, "1.5", null, null, null, "USD")))
                .isEqualTo("상품권: USD 1.50.");
        assertThat(EN.remedy(rule(Remedy.FREE_NEXT_SERVICE, AmountKind.FIXED, "500", null, null, null, "JPY")))
                .isEqualTo("Next service free: JPY 500.");
        assertThat(KO.remedy(rule(Remedy.CASH_REFUND, AmountKind.PERCENT_OF_ORDER, "12.5", null, null, "20", "EUR")))
                .isEqualTo("현금 환불: 주문 금액의 12.5%, 최대 EUR 20.00.");
        assertThat(EN.remedy(rule(Remedy.CASH_REFUND, AmountKind.PERCENT_OF_ORDER, "12.5", null, null, "20", "EUR")))
                .isEqualTo("Cash refund: 12.5% of the order value, at most EUR 20.00 in all.");
    }

    @Test
    void perUnitAmountsSayStartedWithTheRightNumber() {
        assertThat(EN.amount(perUnit(Remedy.CASH_REFUND, "2.5", BreachUnit.HOURS, 1, "EUR")))
                .isEqualTo("EUR 2.50 for every started hour");
        assertThat(KO.amount(perUnit(Remedy.CASH_REFUND, "2.5", BreachUnit.HOURS, 1, "EUR")))
                .isEqualTo("시작된 1시간마다 EUR 2.50");
        assertThat(EN.amount(perUnit(Remedy.CASH_REFUND, "1.5", BreachUnit.MINUTES, 10, "USD")))
                .isEqualTo("USD 1.50 for every started 10 minutes");
        assertThat(KO.amount(perUnit(Remedy.CASH_REFUND, "1.5", BreachUnit.MINUTES, 10, "USD")))
                .isEqualTo("시작된 10분마다 USD 1.50");
        assertThat(EN.amount(perUnit(Remedy.VOUCHER, "1000", BreachUnit.DAYS, 2, "KRW")))
                .isEqualTo("KRW 1,000 for every started 2 days");
        assertThat(EN.amount(perUnit(Remedy.VOUCHER, "1000", BreachUnit.MINUTES, 1, "KRW")))
                .isEqualTo("KRW 1,000 for every started minute");
        // an occurrence cannot be started and unfinished; a group of them can
        assertThat(EN.amount(perUnit(Remedy.CASH_REFUND, "500", BreachUnit.OCCURRENCES, 1, "JPY")))
                .isEqualTo("JPY 500 for every occurrence");
        assertThat(KO.amount(perUnit(Remedy.CASH_REFUND, "500", BreachUnit.OCCURRENCES, 1, "JPY")))
                .isEqualTo("1회마다 JPY 500");
        assertThat(EN.amount(perUnit(Remedy.CASH_REFUND, "500", BreachUnit.OCCURRENCES, 3, "JPY")))
                .isEqualTo("JPY 500 for every started 3 occurrences");
        assertThat(KO.amount(perUnit(Remedy.CASH_REFUND, "500", BreachUnit.OCCURRENCES, 3, "JPY")))
                .isEqualTo("시작된 3회마다 JPY 500");
    }

    static Stream<Arguments> everyRemedyAmountKindUnitAndCurrency() {
        List<Arguments> cases = new ArrayList<>();
        for (Locale locale : List.of(Messages.ENGLISH, Messages.KOREAN)) {
            for (Remedy remedy : Remedy.values()) {
                for (String currency : List.of("KRW", "USD", "JPY", "EUR")) {
                    cases.add(Arguments.of(locale, remedy, AmountKind.FIXED, null, null, currency));
                    cases.add(Arguments.of(locale, remedy, AmountKind.PERCENT_OF_ORDER, null, null, currency));
                    for (BreachUnit unit : BreachUnit.values()) {
                        cases.add(Arguments.of(locale, remedy, AmountKind.PER_BREACH_UNIT, unit, 1, currency));
                        cases.add(Arguments.of(locale, remedy, AmountKind.PER_BREACH_UNIT, unit, 10, currency));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5}")
    @MethodSource
    void everyRemedyAmountKindUnitAndCurrency(Locale locale, Remedy remedy, AmountKind kind, BreachUnit unit,
                                              Integer size, String currency) {
        GuaranteeWording wording = BundleLabels.wording(locale);
        boolean korean = locale.equals(Messages.KOREAN);
        RefundRuleTerms rule = rule(remedy, kind, "1.5", unit, size, "20", currency);

        String sentence = wording.remedy(rule);

        assertThat(sentence).as("a sentence with every argument in place").doesNotContain("{", "}", "guaranteeText", "—")
                .startsWith(Messages.format(locale, "remedy." + remedy.name()) + ": ").endsWith(".");
        boolean points = remedy == Remedy.POINTS_CREDIT;
        String money = switch (currency) {
            case "KRW", "JPY" -> korean && currency.equals("KRW") ? "2원" : currency + " 2";
            default -> currency + " 1.50";
        };
        String cap = switch (currency) {
            case "KRW" -> korean ? "20원" : "KRW 20";
            case "JPY" -> "JPY 20";
            default -> currency + " 20.00";
        };
        if (points) {
            assertThat(sentence).as("points are no money").doesNotContain(currency).doesNotContain("원")
                    .contains(korean ? "포인트" : "points").contains(korean ? "최대 20포인트" : "at most 20 points in all");
        } else {
            assertThat(sentence).contains(korean ? "최대 " + cap : "at most " + cap + " in all");
            if (kind != AmountKind.PERCENT_OF_ORDER) {
                assertThat(sentence).as("the currency's digits").contains(money);
            }
        }
        if (kind == AmountKind.PERCENT_OF_ORDER) {
            assertThat(sentence).contains(korean ? "주문 금액의 1.5%" : "1.5% of the order value");
        }
        if (kind == AmountKind.PER_BREACH_UNIT) {
            boolean oneOccurrence = unit == BreachUnit.OCCURRENCES && size == 1;
            assertThat(sentence.contains(korean ? "시작된 " : "every started ")).as("says started").isEqualTo(!oneOccurrence);
            String every = korean ? Messages.format(locale, "guaranteeText.quantity." + conditionUnit(unit), size)
                    : (size == 1 ? "" : size + " ") + switch (unit) {
                        case MINUTES -> size == 1 ? "minute" : "minutes";
                        case HOURS -> size == 1 ? "hour" : "hours";
                        case DAYS -> size == 1 ? "day" : "days";
                        case OCCURRENCES -> size == 1 ? "occurrence" : "occurrences";
                    };
            assertThat(sentence).contains(korean ? every + "마다" : "for every " + (oneOccurrence ? "" : "started ") + every);
        }
    }

    private static String conditionUnit(BreachUnit unit) {
        return unit == BreachUnit.OCCURRENCES ? "COUNT" : unit.name();
    }

    @Test
    void howItIsPaid() {
        RefundRuleTerms automatic = rule(Remedy.VOUCHER, AmountKind.FIXED, "1", null, null, null, "KRW");
        RefundRuleTerms withinOneDay = new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.FIXED, BigDecimal.ONE, null,
                null, null, "KRW", Payout.ON_CLAIM, List.of("Call us"), 1);
        RefundRuleTerms within30 = new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.FIXED, BigDecimal.ONE, null,
                null, null, "KRW", Payout.ON_CLAIM, List.of("Call us"), 30);
        RefundRuleTerms noDeadline = new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.FIXED, BigDecimal.ONE, null,
                null, null, "KRW", Payout.ON_CLAIM, List.of("Call us"), null);

        assertThat(EN.payout(automatic)).isEqualTo("Paid automatically: you do not need to claim.");
        assertThat(KO.payout(automatic)).isEqualTo("자동으로 지급합니다. 따로 청구하지 않아도 됩니다.");
        assertThat(EN.payout(withinOneDay)).isEqualTo("Claim within 1 day.");
        assertThat(EN.payout(within30)).isEqualTo("Claim within 30 days.");
        assertThat(KO.payout(within30)).isEqualTo("30일 안에 청구하세요.");
        assertThat(EN.payout(noDeadline)).isEqualTo("Paid when you claim.");
    }

    @Test
    void claimChannelsInWordsWithTheirLinks() {
        ClaimChannel post = new ClaimChannel(ClaimChannelKind.POST, "서울특별시 중구 세종대로 110", "04524");
        ClaimChannel phone = new ClaimChannel(ClaimChannelKind.PHONE, "1588-0000", null);
        ClaimChannel mail = new ClaimChannel(ClaimChannelKind.EMAIL, "refunds@shop.example.com", null);

        assertThat(EN.claimChannel(post).text()).isEqualTo("Post: 서울특별시 중구 세종대로 110 (postal code 04524)");
        assertThat(KO.claimChannel(post).text()).isEqualTo("우편: 서울특별시 중구 세종대로 110 (우편번호 04524)");
        assertThat(EN.claimChannel(post).href()).isNull();
        assertThat(EN.claimChannel(phone).text()).isEqualTo("Phone: 1588-0000");
        assertThat(KO.claimChannel(phone).href()).isEqualTo("tel:15880000");
        assertThat(EN.claimChannel(mail).href()).isEqualTo("mailto:refunds@shop.example.com");
    }
}
