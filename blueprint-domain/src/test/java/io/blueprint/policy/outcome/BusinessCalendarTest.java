package io.blueprint.policy.outcome;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

    private final BusinessCalendar korea = BusinessCalendar.korea();

    @Test
    void countsTheBusinessDaysAfterTheOpeningDayUpToTheClosingDay() {
        // Fri 27 Nov 2026 → Tue 1 Dec: Mon 30 and Tue 1 (the weekend skipped)
        assertThat(korea.businessDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 1))).isEqualTo(2);
        // Wed 23 Sep → Mon 28 Sep 2026: 24–26 are Chuseok, 27 is a Sunday: only the Monday
        assertThat(korea.businessDaysBetween(LocalDate.of(2026, 9, 23), LocalDate.of(2026, 9, 28))).isEqualTo(1);
        // Fri 2 Oct → Tue 6 Oct 2026: 3–4 weekend, 5 the substitute for National Foundation Day (a Saturday)
        assertThat(korea.businessDaysBetween(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 6))).isEqualTo(1);
        assertThat(korea.businessDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2))).isZero();
        // Mon → Thu of one week
        assertThat(korea.businessDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3))).isEqualTo(3);
        assertThatThrownBy(() -> korea.businessDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSpanOfYearsEqualsADayByDayCount() {
        LocalDate opened = LocalDate.of(2023, 12, 29);
        LocalDate closed = LocalDate.of(2028, 1, 4);
        int counted = 0;
        for (LocalDate day = opened.plusDays(1); !day.isAfter(closed); day = day.plusDays(1)) {
            if (korea.isBusinessDay(day)) {
                counted++;
            }
        }
        assertThat(korea.businessDaysBetween(opened, closed)).isEqualTo(counted);
        for (LocalDate from = LocalDate.of(2026, 9, 1); from.isBefore(LocalDate.of(2026, 11, 1)); from = from.plusDays(3)) {
            int byDays = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(from.plusDays(40)); day = day.plusDays(1)) {
                byDays += korea.isBusinessDay(day) ? 1 : 0;
            }
            assertThat(korea.businessDaysBetween(from, from.plusDays(40))).as("from %s", from).isEqualTo(byDays);
        }
    }

    @Test
    void theKoreanListCoversFourYearsAndNoListedWeekdayIsABusinessDay() {
        assertThat(korea.coveredFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(korea.coveredTo()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(korea.covers(LocalDate.of(2028, 1, 1))).isFalse();
        // counted from the announced lists: 2024 19, 2025 19, 2026 20, 2027 20 dates
        assertThat(korea.holidaysPerYear()).containsEntry(2024, 19L).containsEntry(2025, 19L)
                .containsEntry(2026, 20L).containsEntry(2027, 20L);
        korea.holidays().forEach(h -> assertThat(korea.isBusinessDay(h.date())).as(h.toString()).isFalse());
        assertThat(korea.holidays()).anySatisfy(h -> assertThat(h.name()).contains("추석").contains("Chuseok"));
        assertThat(korea.isBusinessDay(LocalDate.of(2026, 12, 2))).isTrue();
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> BusinessCalendar.parse("# list\ncovers 2026-01-01 2026-12-31\n2026-13-01 nothing\n"))
                .hasMessageContaining("line 3").hasMessageContaining("2026-13-01");
        assertThatThrownBy(() -> BusinessCalendar.parse("covers 2026-01-01 2026-12-31\nChristmas\n"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> BusinessCalendar.parse("2026-12-25 Christmas\n")).hasMessageContaining("covers");
    }
}
