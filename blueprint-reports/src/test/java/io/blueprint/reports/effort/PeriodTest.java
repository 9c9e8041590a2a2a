package io.blueprint.reports.effort;

import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PeriodTest {

    private static final EffortSettings SETTINGS = EffortSettings.defaults();

    @Test
    void aPeriodRunsForwardAndAtMostThreeYears() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        EffortReports.checkPeriod(day, day, SETTINGS);
        EffortReports.checkPeriod(day, day.plusDays(SETTINGS.maxPeriodDays() - 1L), SETTINGS);

        DomainException backwards = catchThrowableOfType(DomainException.class,
                () -> EffortReports.checkPeriod(day, day.minusDays(1), SETTINGS));
        assertThat(backwards.getMessageKey()).isEqualTo("report.period.order");
        assertThat(backwards.getField()).isEqualTo("from");
        assertThat(backwards.getKind()).isEqualTo(DomainException.Kind.INVALID);

        DomainException tooLong = catchThrowableOfType(DomainException.class,
                () -> EffortReports.checkPeriod(day, day.plusDays(SETTINGS.maxPeriodDays()), SETTINGS));
        assertThat(tooLong.getMessageKey()).isEqualTo("report.period.tooLong");
        assertThat(tooLong.getArguments()).containsExactly(1096, 1097L);

        assertThat(catchThrowableOfType(DomainException.class, () -> EffortReports.checkPeriod(null, day, SETTINGS))
                .getField()).isEqualTo("from");
    }

    @Test
    void anUnknownJourneyIsNotFound() {
        UnknownJourneyException unknown = new UnknownJourneyException(42);
        assertThat(unknown.getKind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(unknown.getMessageKey()).isEqualTo("journey.notFound");
        assertThat(unknown.getArguments()).containsExactly(42L);
    }

    @Test
    void settingsRefuseWhatWouldMakeTheReportsMeaningless() {
        assertThat(SETTINGS.minimumResponses()).isEqualTo(30);
        assertThat(SETTINGS.beforeAfterDays()).isEqualTo(28);
        assertThatThrownBy(() -> new EffortSettings(1, 5, 3, 0.94, 0.04, 28, 1096)).hasMessageContaining("minimumResponses");
        assertThatThrownBy(() -> new EffortSettings(30, 3, 5, 0.94, 0.04, 28, 1096)).hasMessageContaining("thresholds");
        assertThatThrownBy(() -> new EffortSettings(30, 5, 3, 94, 4, 28, 1096)).hasMessageContaining("fractions");
        assertThatThrownBy(() -> new EffortSettings(30, 5, 3, 0.94, 0.04, 600, 1096)).hasMessageContaining("beforeAfterDays");
    }
}
