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
    void aMissingKeyShowsItselfRatherThanNothing() {
        assertThat(Messages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
