package io.blueprint.reports.effort;

import org.apache.datasketches.theta.UpdateSketch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerReachTest {

    private static byte[] day(int first, int last) {
        UpdateSketch sketch = UpdateSketch.builder().setNominalEntries(CustomerReach.NOMINAL_ENTRIES).build();
        for (int customer = first; customer <= last; customer++) {
            sketch.update("customer-hash-" + customer);
        }
        return sketch.compact().toByteArray();
    }

    @Test
    void customersOfSeveralDaysAreCountedOnceAndExactlyUpTo16384() {
        // days of customers 1–100, 51–150 and 140–160: 160 distinct
        assertThat(new CustomerReach().add(day(1, 100)).add(day(51, 150)).add(day(140, 160)).distinct()).isEqualTo(160.0);
        assertThat(new CustomerReach().add(day(1, 16_000)).add(day(8_000, 16_384)).distinct()).isEqualTo(16_384.0);
        assertThat(new CustomerReach().distinct()).isZero();
        // beyond the nominal entries: an estimate within a few percent
        assertThat(new CustomerReach().add(day(1, 60_000)).add(day(30_001, 100_000)).distinct())
                .isBetween(97_000.0, 103_000.0);
    }
}
