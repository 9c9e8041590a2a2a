package io.blueprint.web.startup;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSeedingTest {

    @Test
    void theEmbeddedDatabaseIsTheDemoWithThePrintedPasswords() {
        assertThat(DemoSeeding.decide("h2", Optional.empty(), Optional.empty()))
                .isEqualTo(new DemoSeeding(true, false));
        assertThat(DemoSeeding.decide(null, Optional.empty(), Optional.empty()).seed()).isTrue();
    }

    @Test
    void postgresqlGetsNoDemoUnlessAskedAndThenTheDemoPasswordsMustBeChanged() {
        assertThat(DemoSeeding.decide("postgresql", Optional.empty(), Optional.empty()).seed()).isFalse();
        assertThat(DemoSeeding.decide("postgresql", Optional.of(true), Optional.empty()))
                .isEqualTo(new DemoSeeding(true, true));
        assertThat(DemoSeeding.decide("postgresql", Optional.of(true), Optional.of(false)))
                .isEqualTo(new DemoSeeding(true, false));
    }

    @Test
    void theEmbeddedDemoCanBeSwitchedOff() {
        assertThat(DemoSeeding.decide("H2", Optional.of(false), Optional.empty()).seed()).isFalse();
    }
}
