package io.blueprint.web.startup;

import io.blueprint.access.Role;
import io.blueprint.access.UserAccount;
import io.blueprint.access.UserAccountRepository;
import io.blueprint.journey.Channel;
import io.blueprint.journey.EffortPlan;
import io.blueprint.journey.Journey;
import io.blueprint.journey.KpiMetric;
import io.blueprint.journey.Lane;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.journey.Stage;
import io.blueprint.journey.Step;
import io.blueprint.journey.Touchpoint;
import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.GuaranteeTerms;
import io.blueprint.policy.Payout;
import io.blueprint.policy.PolicySettings;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.web.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

    @Inject
    GuaranteeRepository guarantees;

    @Inject
    PolicySettings policy;

    /** Seeds what is missing; {@code passwordChange}: the demo accounts must pick new passwords first. */
    @Transactional
    public void seedIfEmpty(boolean passwordChange) {
        if (users.count() == 0) {
            for (DemoUser demo : DemoUser.values()) {
                UserAccount account = new UserAccount(demo.username, demo.displayName,
                        passwords.hash(demo.password().toCharArray()), Set.of(demo.role));
                if (passwordChange) {
                    account.requirePasswordChange();
                }
                users.store(account);
            }
            LOG.warning(passwordChange
                    ? "Seeded the demo users (admin, executive, designer, ops, viewer); each must choose a new "
                    + "password at the first sign-in."
                    : "Seeded the demo users (admin, executive, designer, ops, viewer) with their published demo "
                    + "passwords: this is the embedded demo database, not for real use.");
        }
        if (services.count() == 0) {
            services.store(onlineStore());
            LOG.info("Seeded the demo service '" + DEMO_SERVICE + "'.");
        }
        if (guarantees.count() == 0) {
            services.findByName(DEMO_SERVICE).ifPresent(service -> {
                guarantees(service, LocalDate.now(policy.zone())).forEach(guarantees::store);
                LOG.info("Seeded the demo guarantees of '" + DEMO_SERVICE + "'.");
            });
        }
    }

    public static final String DEMO_CALL_GUARANTEE = "CARE-CALL-2MIN";
    public static final String DEMO_REFUND_GUARANTEE = "RET-REFUND-3BD";
    public static final String DEMO_PICKUP_GUARANTEE = "RET-PICKUP-48H";

    /**
     * Service policy for the demo: a call guarantee tightened from 3 to 2 minutes a month ago (two
     * versions, for the history and the comparison), a refund guarantee in force, and a pickup
     * guarantee still in draft whose vague promise the policy checks flag.
     */
    private static List<ServiceGuarantee> guarantees(Service service, LocalDate today) {
        LocalDate firstDay = today.minusDays(180);
        LocalDate changeDay = today.minusDays(30);
        List<ClaimChannel> careChannels = List.of(
                new ClaimChannel(ClaimChannelKind.WEB, "https://shop.example.com/care/guarantee", null),
                new ClaimChannel(ClaimChannelKind.PHONE, "1588-0000", null));
        RefundRuleTerms pointsPerTenMinutes = new RefundRuleTerms(Remedy.POINTS_CREDIT, AmountKind.PER_BREACH_UNIT,
                new BigDecimal("1000"), BreachUnit.MINUTES, 10, new BigDecimal("5000"), "KRW", Payout.AUTOMATIC,
                List.of(), null);
        ServiceGuarantee call1 = ServiceGuarantee.firstDraft(service, DEMO_CALL_GUARANTEE, new GuaranteeTerms(
                "Refund calls answered within 3 minutes · 환불 문의 전화 3분 내 연결",
                "환불 문의 전화는 3분 안에 상담원이 받습니다. A person answers your refund call within 3 minutes, "
                        + "or we credit 1,000 points for every started 10 minutes of waiting.",
                new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal("180"),
                        ConditionUnit.SECONDS),
                "Calls to the customer care line 1588-0000, weekdays 09:00–18:00 KST · 평일 09:00–18:00 고객센터 전화",
                List.of("A declared nationwide network outage · 전국적 통신 장애"), careChannels, firstDay, null,
                List.of("RET-CALL-01"), "Customer Care", List.of(pointsPerTenMinutes)), "designer");
        publishOn(call1, firstDay);
        ServiceGuarantee call2 = call1.nextDraft(2, "designer", changeDay);
        call2.revise(new GuaranteeTerms(
                "Refund calls answered within 2 minutes · 환불 문의 전화 2분 내 연결",
                "환불 문의 전화는 2분 안에 상담원이 받습니다. A person answers your refund call within 2 minutes, "
                        + "or we credit 1,000 points for every started 10 minutes of waiting.",
                new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal("120"),
                        ConditionUnit.SECONDS),
                call1.getScope(), call1.getExclusions(), careChannels, changeDay, null,
                List.of("RET-CALL-01"), "Customer Care", List.of(pointsPerTenMinutes)), "designer");
        publishOn(call2, changeDay);
        call1.supersedeBy(call2);

        ServiceGuarantee refund = ServiceGuarantee.firstDraft(service, DEMO_REFUND_GUARANTEE, new GuaranteeTerms(
                "Refund within 3 business days of your return arriving · 반품 도착 후 3영업일 내 환불",
                "반품 상품이 물류센터에 도착한 뒤 3영업일 안에 환불합니다. We refund within 3 business days of your "
                        + "return reaching our warehouse, or add 2,000 won for each day late.",
                new GuaranteeCondition(GuaranteeMetric.REFUND_TIME, ConditionOperator.AT_MOST, new BigDecimal("3"),
                        ConditionUnit.BUSINESS_DAYS),
                "Returns of damaged items bought in the web shop or the app · 웹과 앱에서 구매한 파손 상품 반품",
                List.of("Items returned without the prepaid label · 선불 반품 라벨 없이 보낸 상품",
                        "Refunds to a closed bank account · 해지된 계좌로의 환불"),
                List.of(new ClaimChannel(ClaimChannelKind.EMAIL, "refunds@shop.example.com", null),
                        new ClaimChannel(ClaimChannelKind.POST, "서울특별시 중구 세종대로 110, 고객환불팀", "04524")),
                firstDay, null, List.of("RET-MAIL-01", "RET-STORE-01"), "Finance",
                List.of(new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PER_BREACH_UNIT, new BigDecimal("2000"),
                        BreachUnit.DAYS, 1, new BigDecimal("20000"), "KRW", Payout.ON_CLAIM,
                        List.of("Open the order and choose 'Late refund' · 주문에서 '환불 지연' 선택",
                                "Confirm the bank account · 환불 계좌 확인"), 30))), "designer");
        publishOn(refund, firstDay);

        ServiceGuarantee pickup = ServiceGuarantee.firstDraft(service, DEMO_PICKUP_GUARANTEE, new GuaranteeTerms(
                "Quick courier pickup · 빠른 반품 수거",
                "반품 상품은 최대한 빠르게 수거해 드립니다. We pick up your return as soon as possible.",
                new GuaranteeCondition(GuaranteeMetric.DELIVERY_TIME, ConditionOperator.AT_MOST, null, ConditionUnit.HOURS),
                null, List.of(), List.of(), today, null, List.of("RET-POST-01"), "Logistics", List.of()), "designer");
        return List.of(call1, call2, refund, pickup);
    }

    private static void publishOn(ServiceGuarantee guarantee, LocalDate day) {
        guarantee.submit(guarantee.getCreatedBy(), day.atStartOfDay().toInstant(ZoneOffset.UTC));
        guarantee.publish(DemoUser.EXECUTIVE.username, day.atTime(10, 0).toInstant(ZoneOffset.UTC), day);
    }

    private static Service onlineStore() {
        Service service = new Service(DEMO_SERVICE,
                "Care for customers of the web shop and its stores: orders, deliveries, returns. "
                        + "온라인 스토어와 매장 고객 지원: 주문, 배송, 반품.", "Customer Care");
        Journey returns = service.startJourney(DEMO_JOURNEY, "Online shopper with a damaged delivery · 파손 상품을 받은 온라인 고객");
        returns.describe("From opening a damaged parcel to having the money back. "
                + "파손된 택배를 연 순간부터 환불을 받을 때까지.", "CX design team");

        Stage notice = returns.addStage("Notice damage · 파손 확인");
        Stage request = returns.addStage("Request return · 반품 신청");
        Stage sendBack = returns.addStage("Send item back · 상품 반송");
        Stage refund = returns.addStage("Receive refund · 환불 받기");

        returns.addStep(notice, Lane.PHYSICAL_EVIDENCE, "Damaged parcel and packing slip")
                .describe("파손된 택배와 거래명세서", null);
        Step opens = returns.addStep(notice, Lane.CUSTOMER_ACTIONS, "Opens parcel, finds item broken")
                .describe("택배를 열어 상품 파손을 발견", null);
        Step reportPage = returns.addStep(notice, Lane.FRONTSTAGE, "Order page shows 'Report a problem'")
                .describe("주문 페이지의 '문제 신고' 버튼", "Web team");
        touchpoint(returns, reportPage, "RET-WEB-01", Channel.WEB, "6.0", 2, 0, 0, 95);

        Step starts = returns.addStep(request, Lane.CUSTOMER_ACTIONS, "Starts a return in the app")
                .describe("앱에서 반품 신청 시작", null);
        Step form = returns.addStep(request, Lane.FRONTSTAGE, "Return form with photo upload")
                .describe("Self-service first: most returns never need an agent. 사진 첨부 반품 양식", "App team")
                .mark(true, false);
        Touchpoint formTp = touchpoint(returns, form, "RET-APP-01", Channel.APP, "6.0", 4, 0, 0, 90);
        formTp.addKpi(KpiMetric.CES, new BigDecimal("6"), null, null, "App team");
        formTp.addKpi(KpiMetric.CHANNEL_SWITCH_RATE, new BigDecimal("10"), null, null, "App team");
        Step chat = returns.addStep(request, Lane.FRONTSTAGE, "Chat agent confirms the damage")
                .describe("Takes over when the photo upload fails. 사진 업로드 실패 시 채팅 상담원이 확인", "Care centre");
        Touchpoint chatTp = touchpoint(returns, chat, "RET-CHAT-01", Channel.CHAT, "5.5", 3, 1, 120, 85);
        chatTp.addKpi(KpiMetric.FIRST_CONTACT_RESOLUTION, new BigDecimal("85"), null, null, "Care centre");
        chatTp.addKpi(KpiMetric.WAIT_TIME_P90, new BigDecimal("120"), null, null, "Care centre");
        Step approves = returns.addStep(request, Lane.BACKSTAGE, "Agent checks order and approves return")
                .describe("상담원이 주문을 확인하고 반품 승인", "Care centre").mark(false, true);
        returns.addStep(request, Lane.SUPPORT, "Order management system")
                .describe("주문 관리 시스템", "IT");

        Step label = returns.addStep(sendBack, Lane.PHYSICAL_EVIDENCE, "Prepaid return label (QR code)")
                .describe("선불 반품 라벨(QR 코드)", "Logistics");
        touchpoint(returns, label, "RET-POST-01", Channel.POST, "6.5", 1, 0, 0, null);
        Step drops = returns.addStep(sendBack, Lane.CUSTOMER_ACTIONS, "Drops parcel at a store or courier point")
                .describe("매장이나 택배 접수처에 맡김", null);
        Step clerk = returns.addStep(sendBack, Lane.FRONTSTAGE, "Store clerk scans the QR code")
                .describe("매장 직원이 QR 코드를 스캔", "Stores");
        touchpoint(returns, clerk, "RET-STORE-01", Channel.STORE, "6.0", 2, 0, 300, 98);
        Step inspects = returns.addStep(sendBack, Lane.BACKSTAGE, "Warehouse inspects the item")
                .describe("물류센터 검수", "Logistics").mark(false, true);
        returns.addStep(sendBack, Lane.SUPPORT, "Courier pickup service")
                .describe("택배 수거 서비스", "Logistics partner");

        Step checks = returns.addStep(refund, Lane.CUSTOMER_ACTIONS, "Checks refund status")
                .describe("환불 상태 확인", null);
        Step mail = returns.addStep(refund, Lane.FRONTSTAGE, "Refund confirmation e-mail")
                .describe("환불 확인 이메일", "Care centre");
        touchpoint(returns, mail, "RET-MAIL-01", Channel.EMAIL, "6.5", 1, 0, 0, null);
        Step call = returns.addStep(refund, Lane.FRONTSTAGE, "Hotline answers refund questions")
                .describe("Answered within 2 minutes. 환불 문의 전화는 2분 안에 응답", "Care centre");
        Touchpoint callTp = touchpoint(returns, call, "RET-CALL-01", Channel.PHONE, "5.0", 3, 1, 120, 80);
        callTp.addKpi(KpiMetric.SERVICE_LEVEL, new BigDecimal("80"), "% in 120 s", null, "Care centre");
        callTp.addKpi(KpiMetric.REPEAT_CONTACT_RATE_7D, new BigDecimal("5"), null, null, "Care centre");
        Step pays = returns.addStep(refund, Lane.BACKSTAGE, "Finance issues the refund")
                .describe("재무팀 환불 처리", "Finance").mark(true, false);
        Step payments = returns.addStep(refund, Lane.SUPPORT, "Payment gateway")
                .describe("결제 대행 시스템", "Payments partner");

        returns.addFlow(opens, reportPage, "taps 'Report a problem'");
        returns.addFlow(reportPage, starts, null);
        returns.addFlow(starts, form, null);
        returns.addFlow(form, chat, "upload fails · 업로드 실패");
        returns.addFlow(form, approves, null);
        returns.addFlow(chat, approves, null);
        returns.addFlow(drops, clerk, null);
        returns.addFlow(clerk, inspects, null);
        returns.addFlow(inspects, pays, null);
        returns.addFlow(checks, mail, null);
        returns.addFlow(pays, payments, null);
        returns.addFlow(pays, call, "refund fails · 환불 실패");
        return service;
    }

    private static Touchpoint touchpoint(Journey journey, Step step, String code, Channel channel, String ces,
                                         Integer maxSteps, Integer maxHandoffs, Integer maxWait, Integer fcr) {
        Touchpoint touchpoint = journey.setTouchpoint(step, code, channel);
        touchpoint.plan(new EffortPlan(new BigDecimal(ces), maxSteps, maxHandoffs, maxWait, fcr));
        return touchpoint;
    }
}
