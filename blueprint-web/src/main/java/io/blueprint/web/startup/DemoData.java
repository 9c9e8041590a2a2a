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
 * blueprint with its guarantees, every text written once in the chosen {@link DemoLanguage}.
 * Written only into an empty database, never over real data.
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
    public static final String DEMO_SERVICE_KO = "온라인 스토어 고객 지원";
    public static final String DEMO_JOURNEY = "Return a damaged item";
    public static final String DEMO_JOURNEY_KO = "파손 상품 반품";

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

    /**
     * Seeds what is missing; {@code passwordChange}: the demo accounts must pick new passwords first;
     * {@code language}: every demo text is written once, in this language.
     */
    @Transactional
    public void seedIfEmpty(boolean passwordChange, DemoLanguage language) {
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
        String serviceName = language.pick(DEMO_SERVICE, DEMO_SERVICE_KO);
        if (services.count() == 0) {
            services.store(onlineStore(language));
            LOG.info("Seeded the demo service '" + serviceName + "' (" + language.tag() + ").");
        }
        if (guarantees.count() == 0) {
            services.findByName(serviceName).ifPresent(service -> {
                guarantees(service, LocalDate.now(policy.zone()), language).forEach(guarantees::store);
                LOG.info("Seeded the demo guarantees of '" + serviceName + "'.");
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
    static List<ServiceGuarantee> guarantees(Service service, LocalDate today, DemoLanguage l) {
        LocalDate firstDay = today.minusDays(180);
        LocalDate changeDay = today.minusDays(30);
        String care = l.pick("Customer Care", "고객지원팀");
        List<ClaimChannel> careChannels = List.of(
                new ClaimChannel(ClaimChannelKind.WEB, "https://shop.example.com/care/guarantee", null),
                new ClaimChannel(ClaimChannelKind.PHONE, "1588-0000", null));
        RefundRuleTerms pointsPerTenMinutes = new RefundRuleTerms(Remedy.POINTS_CREDIT, AmountKind.PER_BREACH_UNIT,
                new BigDecimal("1000"), BreachUnit.MINUTES, 10, new BigDecimal("5000"), "KRW", Payout.AUTOMATIC,
                List.of(), null);
        ServiceGuarantee call1 = ServiceGuarantee.firstDraft(service, DEMO_CALL_GUARANTEE, new GuaranteeTerms(
                l.pick("Refund calls answered within 3 minutes", "환불 문의 전화 3분 내 연결"),
                l.pick("A person answers your refund call within 3 minutes, or we credit 1,000 points for every "
                                + "started 10 minutes of waiting.",
                        "환불 문의 전화는 3분 안에 상담원이 받습니다. 그러지 못하면 기다린 시간 10분마다 1,000포인트를 "
                                + "적립해 드립니다."),
                new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal("180"),
                        ConditionUnit.SECONDS),
                l.pick("Calls to the customer care line 1588-0000, weekdays 09:00–18:00 KST",
                        "고객센터 1588-0000으로 평일 09:00–18:00에 건 전화"),
                List.of(l.pick("A declared nationwide network outage", "공지된 전국적 통신 장애")), careChannels,
                firstDay, null, List.of("RET-CALL-01"), care, List.of(pointsPerTenMinutes)), "designer");
        publishOn(call1, firstDay);
        ServiceGuarantee call2 = call1.nextDraft(2, "designer", changeDay);
        call2.revise(new GuaranteeTerms(
                l.pick("Refund calls answered within 2 minutes", "환불 문의 전화 2분 내 연결"),
                l.pick("A person answers your refund call within 2 minutes, or we credit 1,000 points for every "
                                + "started 10 minutes of waiting.",
                        "환불 문의 전화는 2분 안에 상담원이 받습니다. 그러지 못하면 기다린 시간 10분마다 1,000포인트를 "
                                + "적립해 드립니다."),
                new GuaranteeCondition(GuaranteeMetric.WAIT_TIME, ConditionOperator.AT_MOST, new BigDecimal("120"),
                        ConditionUnit.SECONDS),
                call1.getScope(), call1.getExclusions(), careChannels, changeDay, null,
                List.of("RET-CALL-01"), care, List.of(pointsPerTenMinutes)), "designer");
        publishOn(call2, changeDay);
        call1.supersedeBy(call2);

        ServiceGuarantee refund = ServiceGuarantee.firstDraft(service, DEMO_REFUND_GUARANTEE, new GuaranteeTerms(
                l.pick("Refund within 3 business days of your return arriving", "반품 도착 후 3영업일 내 환불"),
                l.pick("We refund within 3 business days of your return reaching our warehouse, or add 2,000 won "
                                + "for each day late.",
                        "반품 상품이 물류센터에 도착한 뒤 3영업일 안에 환불합니다. 늦어지면 하루에 2,000원씩 더 "
                                + "드립니다."),
                new GuaranteeCondition(GuaranteeMetric.REFUND_TIME, ConditionOperator.AT_MOST, new BigDecimal("3"),
                        ConditionUnit.BUSINESS_DAYS),
                l.pick("Returns of damaged items bought in the web shop or the app", "웹과 앱에서 구매한 파손 상품 반품"),
                List.of(l.pick("Items returned without the prepaid label", "선불 반품 라벨 없이 보낸 상품"),
                        l.pick("Refunds to a closed bank account", "해지된 계좌로의 환불")),
                List.of(new ClaimChannel(ClaimChannelKind.EMAIL, "refunds@shop.example.com", null),
                        new ClaimChannel(ClaimChannelKind.POST, l.pick(
                                "Customer Refunds, 110 Sejong-daero, Jung-gu, Seoul", "서울특별시 중구 세종대로 110, 고객환불팀"),
                                "04524")),
                firstDay, null, List.of("RET-MAIL-01", "RET-STORE-01"), l.pick("Finance", "재무팀"),
                List.of(new RefundRuleTerms(Remedy.CASH_REFUND, AmountKind.PER_BREACH_UNIT, new BigDecimal("2000"),
                        BreachUnit.DAYS, 1, new BigDecimal("20000"), "KRW", Payout.ON_CLAIM,
                        List.of(l.pick("Open the order and choose 'Late refund'", "주문에서 '환불 지연' 선택"),
                                l.pick("Confirm the bank account", "환불 계좌 확인")), 30))), "designer");
        publishOn(refund, firstDay);

        ServiceGuarantee pickup = ServiceGuarantee.firstDraft(service, DEMO_PICKUP_GUARANTEE, new GuaranteeTerms(
                l.pick("Quick courier pickup", "빠른 반품 수거"),
                l.pick("We pick up your return as soon as possible.", "반품 상품은 최대한 빠르게 수거해 드립니다."),
                new GuaranteeCondition(GuaranteeMetric.DELIVERY_TIME, ConditionOperator.AT_MOST, null, ConditionUnit.HOURS),
                null, List.of(), List.of(), today, null, List.of("RET-POST-01"), l.pick("Logistics", "물류팀"),
                List.of()), "designer");
        return List.of(call1, call2, refund, pickup);
    }

    private static void publishOn(ServiceGuarantee guarantee, LocalDate day) {
        guarantee.submit(guarantee.getCreatedBy(), day.atStartOfDay().toInstant(ZoneOffset.UTC));
        guarantee.publish(DemoUser.EXECUTIVE.username, day.atTime(10, 0).toInstant(ZoneOffset.UTC), day);
    }

    static Service onlineStore(DemoLanguage l) {
        Service service = new Service(l.pick(DEMO_SERVICE, DEMO_SERVICE_KO),
                l.pick("Care for customers of the web shop and its stores: orders, deliveries, returns.",
                        "온라인 스토어와 매장 고객 지원: 주문, 배송, 반품."), l.pick("Customer Care", "고객지원팀"));
        Journey returns = service.startJourney(l.pick(DEMO_JOURNEY, DEMO_JOURNEY_KO),
                l.pick("Online shopper with a damaged delivery", "파손 상품을 받은 온라인 고객"));
        returns.describe(l.pick("From opening a damaged parcel to having the money back.",
                "파손된 택배를 연 순간부터 환불을 받을 때까지."), l.pick("CX design team", "CX 디자인팀"));

        Stage notice = returns.addStage(l.pick("Notice damage", "파손 확인"));
        Stage request = returns.addStage(l.pick("Request return", "반품 신청"));
        Stage sendBack = returns.addStage(l.pick("Send item back", "상품 반송"));
        Stage refund = returns.addStage(l.pick("Receive refund", "환불 받기"));
        String care = l.pick("Care centre", "고객센터");
        String logistics = l.pick("Logistics", "물류팀");

        returns.addStep(notice, Lane.PHYSICAL_EVIDENCE, l.pick("Damaged parcel and packing slip", "파손된 택배와 거래명세서"));
        Step opens = returns.addStep(notice, Lane.CUSTOMER_ACTIONS,
                l.pick("Opens parcel, finds item broken", "택배를 열어 상품 파손을 발견"));
        Step reportPage = returns.addStep(notice, Lane.FRONTSTAGE,
                        l.pick("Order page shows 'Report a problem'", "주문 페이지의 '문제 신고' 버튼"))
                .describe(null, l.pick("Web team", "웹팀"));
        touchpoint(returns, reportPage, "RET-WEB-01", Channel.WEB, "6.0", 2, 0, 0, 95);

        Step starts = returns.addStep(request, Lane.CUSTOMER_ACTIONS,
                l.pick("Starts a return in the app", "앱에서 반품 신청 시작"));
        String app = l.pick("App team", "앱팀");
        Step form = returns.addStep(request, Lane.FRONTSTAGE, l.pick("Return form with photo upload", "사진 첨부 반품 양식"))
                .describe(l.pick("Self-service first: most returns never need an agent.",
                        "셀프서비스 우선: 대부분의 반품은 상담원이 필요 없습니다."), app)
                .mark(true, false);
        Touchpoint formTp = touchpoint(returns, form, "RET-APP-01", Channel.APP, "6.0", 4, 0, 0, 90);
        formTp.addKpi(KpiMetric.CES, new BigDecimal("6"), null, null, app);
        formTp.addKpi(KpiMetric.CHANNEL_SWITCH_RATE, new BigDecimal("10"), null, null, app);
        Step chat = returns.addStep(request, Lane.FRONTSTAGE,
                        l.pick("Chat agent confirms the damage", "채팅 상담원이 파손 확인"))
                .describe(l.pick("Takes over when the photo upload fails.", "사진 업로드가 실패하면 이어받습니다."), care);
        Touchpoint chatTp = touchpoint(returns, chat, "RET-CHAT-01", Channel.CHAT, "5.5", 3, 1, 120, 85);
        chatTp.addKpi(KpiMetric.FIRST_CONTACT_RESOLUTION, new BigDecimal("85"), null, null, care);
        chatTp.addKpi(KpiMetric.WAIT_TIME_P90, new BigDecimal("120"), null, null, care);
        Step approves = returns.addStep(request, Lane.BACKSTAGE,
                        l.pick("Agent checks order and approves return", "상담원이 주문을 확인하고 반품 승인"))
                .describe(null, care).mark(false, true);
        returns.addStep(request, Lane.SUPPORT, l.pick("Order management system", "주문 관리 시스템"))
                .describe(null, l.pick("IT", "IT팀"));

        Step label = returns.addStep(sendBack, Lane.PHYSICAL_EVIDENCE,
                        l.pick("Prepaid return label (QR code)", "선불 반품 라벨(QR 코드)"))
                .describe(null, logistics);
        touchpoint(returns, label, "RET-POST-01", Channel.POST, "6.5", 1, 0, 0, null);
        Step drops = returns.addStep(sendBack, Lane.CUSTOMER_ACTIONS,
                l.pick("Drops parcel at a store or courier point", "매장이나 택배 접수처에 맡김"));
        Step clerk = returns.addStep(sendBack, Lane.FRONTSTAGE,
                        l.pick("Store clerk scans the QR code", "매장 직원이 QR 코드를 스캔"))
                .describe(null, l.pick("Stores", "매장"));
        touchpoint(returns, clerk, "RET-STORE-01", Channel.STORE, "6.0", 2, 0, 300, 98);
        Step inspects = returns.addStep(sendBack, Lane.BACKSTAGE, l.pick("Warehouse inspects the item", "물류센터 검수"))
                .describe(null, logistics).mark(false, true);
        returns.addStep(sendBack, Lane.SUPPORT, l.pick("Courier pickup service", "택배 수거 서비스"))
                .describe(null, l.pick("Logistics partner", "택배 협력사"));

        Step checks = returns.addStep(refund, Lane.CUSTOMER_ACTIONS, l.pick("Checks refund status", "환불 상태 확인"));
        Step mail = returns.addStep(refund, Lane.FRONTSTAGE, l.pick("Refund confirmation e-mail", "환불 확인 이메일"))
                .describe(null, care);
        touchpoint(returns, mail, "RET-MAIL-01", Channel.EMAIL, "6.5", 1, 0, 0, null);
        Step call = returns.addStep(refund, Lane.FRONTSTAGE,
                        l.pick("Hotline answers refund questions", "환불 문의 전화 응대"))
                .describe(l.pick("Answered within 2 minutes.", "2분 안에 응답합니다."), care);
        Touchpoint callTp = touchpoint(returns, call, "RET-CALL-01", Channel.PHONE, "5.0", 3, 1, 120, 80);
        callTp.addKpi(KpiMetric.SERVICE_LEVEL, new BigDecimal("80"), l.pick("% in 120 s", "% (120초 내)"), null, care);
        callTp.addKpi(KpiMetric.REPEAT_CONTACT_RATE_7D, new BigDecimal("5"), null, null, care);
        Step pays = returns.addStep(refund, Lane.BACKSTAGE, l.pick("Finance issues the refund", "재무팀 환불 처리"))
                .describe(null, l.pick("Finance", "재무팀")).mark(true, false);
        Step payments = returns.addStep(refund, Lane.SUPPORT, l.pick("Payment gateway", "결제 대행 시스템"))
                .describe(null, l.pick("Payments partner", "결제 대행사"));

        returns.addFlow(opens, reportPage, l.pick("taps 'Report a problem'", "'문제 신고'를 누름"));
        returns.addFlow(reportPage, starts, null);
        returns.addFlow(starts, form, null);
        returns.addFlow(form, chat, l.pick("upload fails", "업로드 실패"));
        returns.addFlow(form, approves, null);
        returns.addFlow(chat, approves, null);
        returns.addFlow(drops, clerk, null);
        returns.addFlow(clerk, inspects, null);
        returns.addFlow(inspects, pays, null);
        returns.addFlow(checks, mail, null);
        returns.addFlow(pays, payments, null);
        returns.addFlow(pays, call, l.pick("refund fails", "환불 실패"));
        return service;
    }

    private static Touchpoint touchpoint(Journey journey, Step step, String code, Channel channel, String ces,
                                         Integer maxSteps, Integer maxHandoffs, Integer maxWait, Integer fcr) {
        Touchpoint touchpoint = journey.setTouchpoint(step, code, channel);
        touchpoint.plan(new EffortPlan(new BigDecimal(ces), maxSteps, maxHandoffs, maxWait, fcr));
        return touchpoint;
    }
}
