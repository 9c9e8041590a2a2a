package io.blueprint.web.it;

import io.blueprint.journey.Channel;
import io.blueprint.journey.EffortPlan;
import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyRepository;
import io.blueprint.journey.KpiMetric;
import io.blueprint.journey.Lane;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.journey.Stage;
import io.blueprint.journey.Step;
import io.blueprint.journey.Touchpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * For the effort report tests: a service of its own with one journey of two stages and four touchpoints, effort
 * plans and KPIs, as a designer would draw it.
 * <pre>
 * stage "Ask"     RPT-WEB-01  (web)   target CES 5.5, FCR 60 %
 *                 RPT-CALL-01 (phone) target CES 5.0, max wait 120 s, max hand-offs 1, FCR 70 %; every KPI metric
 * stage "Settle"  RPT-CHAT-01 (chat)  target CES 4.5, max wait 60 s
 *                 RPT-APP-01  (app)   no plan, never measured
 * </pre>
 */
@ApplicationScoped
public class PlannedJourneys {

    @Inject
    ServiceRepository services;

    @Inject
    JourneyRepository journeys;

    @Transactional
    public MeasuredServices.Made journey() {
        Service service = services.store(new Service("Reported " + UUID.randomUUID(), null, null));
        Journey journey = service.startJourney("Return a parcel", null);
        Stage ask = journey.addStage("Ask");
        Stage settle = journey.addStage("Settle");
        touchpoint(journey, ask, "RPT-WEB-01", Channel.WEB).plan(new EffortPlan(new BigDecimal("5.5"), null, null, null, 60));
        Touchpoint call = touchpoint(journey, ask, "RPT-CALL-01", Channel.PHONE);
        call.plan(new EffortPlan(new BigDecimal("5.0"), 6, 1, 120, 70));
        call.addKpi(KpiMetric.CES, new BigDecimal("5"), null, null, "Care");
        call.addKpi(KpiMetric.CSAT, new BigDecimal("60"), null, null, "Care");
        call.addKpi(KpiMetric.NPS, new BigDecimal("0"), null, null, "Care");
        call.addKpi(KpiMetric.FIRST_CONTACT_RESOLUTION, new BigDecimal("70"), null, null, "Care");
        call.addKpi(KpiMetric.REPEAT_CONTACT_RATE_7D, new BigDecimal("20"), null, null, "Care");
        call.addKpi(KpiMetric.WAIT_TIME_P50, new BigDecimal("2"), "min", null, "Care");
        call.addKpi(KpiMetric.WAIT_TIME_P90, new BigDecimal("300"), null, null, "Care");
        call.addKpi(KpiMetric.SERVICE_LEVEL, new BigDecimal("80"), "% in 120 s", null, "Care");
        call.addKpi(KpiMetric.SERVICE_LEVEL, new BigDecimal("50"), "% (90초 내)", null, "Care");
        call.addKpi(KpiMetric.TRANSFER_RATE, new BigDecimal("15"), null, null, "Care");
        call.addKpi(KpiMetric.CHANNEL_SWITCH_RATE, new BigDecimal("50"), null, null, "Care");
        call.addKpi(KpiMetric.COMPLAINTS, new BigDecimal("3"), null, null, "Care");
        touchpoint(journey, settle, "RPT-CHAT-01", Channel.CHAT).plan(new EffortPlan(new BigDecimal("4.5"), null, null, 60, null));
        touchpoint(journey, settle, "RPT-APP-01", Channel.APP).addKpi(KpiMetric.FIRST_CONTACT_RESOLUTION,
                new BigDecimal("50"), null, null, null);
        journeys.store(journey);
        journeys.flush();
        return new MeasuredServices.Made(service.getId(), journey.getId());
    }

    private static Touchpoint touchpoint(Journey journey, Stage stage, String code, Channel channel) {
        Step step = journey.addStep(stage, Lane.CUSTOMER_ACTIONS, "At " + code);
        return journey.setTouchpoint(step, code, channel);
    }
}
