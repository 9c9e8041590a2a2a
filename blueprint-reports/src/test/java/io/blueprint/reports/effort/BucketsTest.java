package io.blueprint.reports.effort;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which months a report may read from the monthly wait histogram: those no bucket boundary cuts. */
class BucketsTest {

    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @Test
    void aWholePeriodKeepsEveryMonth() {
        assertTrue(RollupReader.Buckets.whole().keepsWhole(OCTOBER));
    }

    @Test
    void aSplitCutsOnlyTheMonthItFallsInsideOf() {
        // a split on the 1st puts all of October after it; on the 2nd or the 31st October has days on both sides
        assertTrue(RollupReader.Buckets.splitAt(OCTOBER).keepsWhole(OCTOBER));
        assertFalse(RollupReader.Buckets.splitAt(LocalDate.of(2026, 10, 2)).keepsWhole(OCTOBER));
        assertFalse(RollupReader.Buckets.splitAt(LocalDate.of(2026, 10, 31)).keepsWhole(OCTOBER));
        assertTrue(RollupReader.Buckets.splitAt(LocalDate.of(2026, 11, 1)).keepsWhole(OCTOBER));
        assertTrue(RollupReader.Buckets.splitAt(LocalDate.of(2026, 9, 15)).keepsWhole(OCTOBER));
    }

    @Test
    void weeksCutEveryMonth() {
        // a month seldom is whole weeks (February 2027 is), so weekly trends read the daily rows only
        assertFalse(RollupReader.Buckets.weeksFrom(LocalDate.of(2026, 9, 28)).keepsWhole(OCTOBER));
    }
}
