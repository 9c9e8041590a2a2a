package io.blueprint.access;

import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.defaults();

    private String refusal(String username, String password) {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> policy.check(username, password.toCharArray()));
        assertThat(refused).as("'%s' should be refused", password).isNotNull();
        assertThat(refused.getField()).isEqualTo("password");
        return refused.getMessageKey();
    }

    @Test
    void aLongUnusualPassphrasePasses() {
        assertThatCode(() -> policy.check("dana", "violet kettle mountain 47".toCharArray())).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("dana", "푸른하늘 아래 자전거 47대".toCharArray())).doesNotThrowAnyException();
    }

    @Test
    void elevenCharactersAreTooShortAndTheLimitIsNamed() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> policy.check("dana", "Xq7!vB2#mLp".toCharArray()));
        assertThat(refused.getMessageKey()).isEqualTo("password.tooShort");
        assertThat(refused.getArguments()).containsExactly(12);
    }

    @Test
    void koreanCharactersCountOnceEach() {
        // 12 Hangul syllables are 12 characters, whatever their UTF-8 length
        assertThat(refusal("dana", "가나다라마바사아자차카")).isEqualTo("password.tooShort");
        assertThatCode(() -> policy.check("dana", "깊은바다고래노래소리듣기".toCharArray())).doesNotThrowAnyException();
    }

    @Test
    void noPasswordAtAllIsTooShort() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> policy.check("dana", null));
        assertThat(refused.getMessageKey()).isEqualTo("password.tooShort");
    }

    @Test
    void aPasswordLongerThanTheLimitIsRefusedBeforeAnyHashing() {
        assertThat(refusal("dana", "a".repeat(129))).isEqualTo("password.tooLong");
    }

    @Test
    void thePasswordMayNotContainTheUserName() {
        assertThat(refusal("dana.designer", "my dana.designer secret")).isEqualTo("password.containsUsername");
        assertThat(refusal("kim@shop.example", "kim is the best 2026")).isEqualTo("password.containsUsername");
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsAdded() {
        assertThat(refusal("dana", "1qaz2wsx3edc")).isEqualTo("password.common");
        assertThat(refusal("dana", "password123456")).isEqualTo("password.common");
        assertThat(refusal("dana", "!!Sunshine2026!!")).isEqualTo("password.common");
    }

    @Test
    void aPredictablePasswordIsRefusedAsGuessable() {
        assertThat(refusal("dana", "aaaaaaaaaaaaaaaa")).isEqualTo("password.guessable");
        assertThat(refusal("dana", "qwertyuiopasdf")).isIn("password.guessable", "password.common");
    }
}
