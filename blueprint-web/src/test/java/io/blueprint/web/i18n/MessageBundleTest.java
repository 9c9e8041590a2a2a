package io.blueprint.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/io/blueprint/web/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyTextExistsInKoreanAndEnglish() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> korean = new TreeSet<>(load("messages_ko.properties").stringPropertyNames());
        assertThat(korean).as("keys missing in Korean").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(korean);
    }

    @Test
    void koreanReadersGetKoreanAndEveryoneElseEnglish() {
        assertThat(Messages.format(Locale.KOREA, "login.submit")).isEqualTo("로그인");
        assertThat(Messages.format(Locale.GERMANY, "login.submit")).isEqualTo("Sign in");
        assertThat(Messages.format(Locale.ENGLISH, "service.name.tooLong", 200))
                .isEqualTo("A service name has at most 200 characters.");
    }

    @Test
    void koreanParticlesFitTheArgumentTheyFollow() {
        assertThat(Messages.format(Locale.KOREAN, "login.sso", "Okta")).isEqualTo("Okta로 로그인");
        assertThat(Messages.format(Locale.KOREAN, "login.sso", "회사 계정")).isEqualTo("회사 계정으로 로그인");
        assertThat(Messages.format(Locale.KOREAN, "compare.count", 3, 1, 2)).isEqualTo("버전 1과 버전 2 사이의 차이 3건");
        assertThat(Messages.format(Locale.KOREAN, "compare.count", 3, 2, 3)).isEqualTo("버전 2와 버전 3 사이의 차이 3건");
        assertThat(Messages.format(Locale.KOREAN, "guarantee.code.taken", "CARE-CALL-2MIN")).startsWith("코드 \"CARE-CALL-2MIN\"은 ");
        assertThat(Messages.format(Locale.KOREAN, "guarantee.code.taken", "RET-PICKUP-48H")).startsWith("코드 \"RET-PICKUP-48H\"는 ");
    }

    @Test
    void theKoreanBundleUsesOneWordPerGlossaryTerm() throws IOException {
        Properties korean = load("messages_ko.properties");
        // 단계 is a stage of a journey; a step is 스텝, a touchpoint 접점
        assertThat(korean.getProperty("effortPlan.maxSteps")).contains("스텝").doesNotContain("단계");
        assertThat(korean.values()).noneMatch(text -> text.toString().contains("터치포인트"));
    }

    @Test
    void aMissingKeyShowsItselfRatherThanNothing() {
        assertThat(Messages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
