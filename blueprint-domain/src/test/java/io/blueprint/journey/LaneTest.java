package io.blueprint.journey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaneTest {

    @Test
    void lanesRunTopToBottomInTheBlueprintOrder() {
        assertThat(Lane.values()).containsExactly(Lane.PHYSICAL_EVIDENCE, Lane.CUSTOMER_ACTIONS,
                Lane.FRONTSTAGE, Lane.BACKSTAGE, Lane.SUPPORT);
    }

    @Test
    void onlyWhatTheCustomerSeesIsCustomerFacing() {
        assertThat(Lane.values()).filteredOn(Lane::isCustomerFacing)
                .containsExactly(Lane.PHYSICAL_EVIDENCE, Lane.CUSTOMER_ACTIONS, Lane.FRONTSTAGE);
    }

    @Test
    void theThreeLinesSeparateNeighbouringLanes() {
        assertThat(Lane.CUSTOMER_ACTIONS.lineBelow()).isEqualTo(Line.INTERACTION);
        assertThat(Lane.FRONTSTAGE.lineBelow()).isEqualTo(Line.VISIBILITY);
        assertThat(Lane.BACKSTAGE.lineBelow()).isEqualTo(Line.INTERNAL_INTERACTION);
        assertThat(Lane.PHYSICAL_EVIDENCE.lineBelow()).isNull();
        assertThat(Lane.SUPPORT.lineBelow()).isNull();
        for (Line line : Line.values()) {
            assertThat(line.below().ordinal()).isEqualTo(line.above().ordinal() + 1);
        }
    }
}
