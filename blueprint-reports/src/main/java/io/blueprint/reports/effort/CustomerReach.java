package io.blueprint.reports.effort;

import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.theta.SetOperation;
import org.apache.datasketches.theta.Union;

/**
 * Distinct customers over several days: the union of the days' Theta sketches ({@code touchpoint_customers},
 * nominal entries 16,384, default seed), exact up to 16,384 distinct customers and an estimate above.
 */
final class CustomerReach {

    static final int NOMINAL_ENTRIES = 16_384;

    private final Union union = SetOperation.builder().setNominalEntries(NOMINAL_ENTRIES).buildUnion();

    CustomerReach add(byte[] compactSketch) {
        union.union(Memory.wrap(compactSketch));
        return this;
    }

    /** The distinct customers of every sketch added. */
    double distinct() {
        return union.getResult().getEstimate();
    }
}
