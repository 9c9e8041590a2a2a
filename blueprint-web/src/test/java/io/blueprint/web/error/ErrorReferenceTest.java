package io.blueprint.web.error;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReferenceTest {

    @Test
    void aReferenceIsEightCharactersThatCannotBeMisreadAndRarelyRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String reference = ErrorReference.next();
            assertThat(reference).matches("[A-HJ-NP-Z2-9]{8}");
            assertThat(ErrorReference.isReference(reference)).isTrue();
            seen.add(reference);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void onlyAReferenceCanBeNamedInTheErrorPagesAddress() {
        assertThat(ErrorReference.isReference("K7Q2M9XA")).isTrue();
        assertThat(ErrorReference.isReference("k7q2m9xa")).isFalse();
        assertThat(ErrorReference.isReference("K7Q2M9X0")).isFalse();
        assertThat(ErrorReference.isReference("<script>")).isFalse();
        assertThat(ErrorReference.isReference(null)).isFalse();
    }
}
