package io.blueprint.web.journey;

import io.blueprint.journey.Channel;
import io.blueprint.journey.KpiMetric;
import io.blueprint.journey.Lane;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyWordingTest {

    private final JourneyWording korean = JourneyWording.in(Locale.KOREAN);
    private final JourneyWording english = JourneyWording.in(Locale.ENGLISH);

    @Test
    void lanesChannelsAndMetricsAreNamedInTheReadersLanguage() {
        assertThat(korean.lane(Lane.CUSTOMER_ACTIONS)).isEqualTo("고객 행동");
        assertThat(english.lane(Lane.CUSTOMER_ACTIONS)).isEqualTo("Customer actions");
        assertThat(korean.channel(Channel.WEB)).isEqualTo("웹");
        assertThat(english.channel(Channel.IVR)).isEqualTo("IVR");
        assertThat(korean.metric(KpiMetric.CES)).isEqualTo("고객 노력 지수(CES)");
    }

    @Test
    void numbersAreWrittenAsAPersonWritesThem() {
        assertThat(english.number(new BigDecimal("5.50"))).isEqualTo("5.5");
        assertThat(english.number(new BigDecimal("6.00"))).isEqualTo("6");
        assertThat(korean.number(new BigDecimal("120.00"))).isEqualTo("120");
        assertThat(english.number(new BigDecimal("1000000.25"))).isEqualTo("1,000,000.25");
        assertThat(english.number(null)).isEmpty();
    }

    @Test
    void aKpiTargetCarriesItsUnitInWordsAndATypedUnitAsTyped() {
        assertThat(korean.target(new BigDecimal("5.50"), "score")).isEqualTo("5.5점");
        assertThat(english.target(new BigDecimal("5.50"), "score")).isEqualTo("5.5 points");
        assertThat(english.target(new BigDecimal("1.00"), "score")).isEqualTo("1 point");
        assertThat(english.target(new BigDecimal("-20.00"), "score")).isEqualTo("-20 points");
        assertThat(korean.target(new BigDecimal("85.00"), "%")).isEqualTo("85%");
        assertThat(korean.target(new BigDecimal("120.00"), "s")).isEqualTo("120초");
        assertThat(english.target(new BigDecimal("120.00"), "s")).isEqualTo("120 s");
        assertThat(korean.target(new BigDecimal("5.00"), "count")).isEqualTo("5건");
        assertThat(english.target(new BigDecimal("80.00"), "% in 120 s")).isEqualTo("80% in 120 s");
        assertThat(english.target(new BigDecimal("3.00"), "calls")).isEqualTo("3 calls");
    }

    @Test
    void theHistoryNamesLanesChannelsAndMetricsInTheReadersLanguage() {
        String moved = "Discover / CUSTOMER_ACTIONS → Buy / FRONTSTAGE";
        assertThat(english.detail("STEP_MOVED", moved)).isEqualTo("Discover / Customer actions → Buy / Frontstage");
        assertThat(korean.detail("STEP_MOVED", moved)).isEqualTo("Discover / 고객 행동 → Buy / 프런트스테이지");
        assertThat(korean.detail("STEP_ADDED", "반품 신청 / BACKSTAGE")).isEqualTo("반품 신청 / 백스테이지");
        assertThat(english.detail("TOUCHPOINT_SET", "RET-WEB-01 · WEB")).isEqualTo("RET-WEB-01 · Web");
        assertThat(korean.detail("TOUCHPOINT_SET", "RET-WEB-01 · WEB")).isEqualTo("RET-WEB-01 · 웹");
        assertThat(korean.detail("KPI_ADDED", "CES 5.50 score")).isEqualTo("고객 노력 지수(CES) 5.5점");
        assertThat(english.detail("KPI_CHANGED", "SERVICE_LEVEL 80.00 % in 120 s"))
                .isEqualTo("Service level 80% in 120 s");
        assertThat(korean.detail("KPI_REMOVED", "TRANSFER_RATE")).isEqualTo("이관율");
        assertThat(korean.detail("STAGE_REMOVED", "3 steps")).isEqualTo("스텝 3개 함께 삭제");
        assertThat(english.detail("STAGE_REMOVED", "1 steps")).isEqualTo("1 step with it");
        assertThat(korean.detail("STAGE_MOVED", "#2")).isEqualTo("2번째 자리로");
    }

    @Test
    void aDetailThatNamesNoCodeStaysAsWritten() {
        assertThat(korean.detail("RENAMED", "Old → New")).isEqualTo("Old → New");
        assertThat(korean.detail("STEP_ADDED", "Stage / not a lane")).isEqualTo("Stage / not a lane");
        assertThat(korean.detail("FLOW_ADDED", "→ Pays")).isEqualTo("→ Pays");
        assertThat(korean.detail("STEP_EDITED", null)).isNull();
    }
}
