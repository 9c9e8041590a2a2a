package io.blueprint.web.startup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoLanguageTest {

    @Test
    void theDemoIsKoreanUnlessEnglishIsAsked() {
        assertThat(DemoLanguage.of(null)).isEqualTo(DemoLanguage.KO);
        assertThat(DemoLanguage.of(" ")).isEqualTo(DemoLanguage.KO);
        assertThat(DemoLanguage.of("EN")).isEqualTo(DemoLanguage.EN);
        assertThat(DemoLanguage.of("ko ")).isEqualTo(DemoLanguage.KO);
    }

    @Test
    void eachTextIsWrittenOnceInTheChosenLanguage() {
        assertThat(DemoLanguage.KO.pick("Return a damaged item", "파손 상품 반품")).isEqualTo("파손 상품 반품");
        assertThat(DemoLanguage.EN.pick("Return a damaged item", "파손 상품 반품")).isEqualTo("Return a damaged item");
    }

    @Test
    void aMisspeltLanguageIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> DemoLanguage.of("kr")).hasMessageContaining("BLUEPRINT_DEMO_LANGUAGE")
                .hasMessageContaining("'kr'");
    }
}
