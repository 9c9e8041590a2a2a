package io.blueprint.web.i18n;

import io.blueprint.web.i18n.Josa.Particle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JosaTest {

    @Test
    void aSyllableWithAFinalConsonantTakesTheLongForm() {
        assertThat(Josa.attach("여정", Particle.TOPIC)).isEqualTo("여정은");
        assertThat(Josa.attach("접점", Particle.SUBJECT)).isEqualTo("접점이");
        assertThat(Josa.attach("단계", Particle.SUBJECT)).isEqualTo("단계가");
        assertThat(Josa.attach("보증", Particle.OBJECT)).isEqualTo("보증을");
        assertThat(Josa.attach("서비스", Particle.OBJECT)).isEqualTo("서비스를");
        assertThat(Josa.attach("버전", Particle.AND)).isEqualTo("버전과");
        assertThat(Josa.attach("스텝", Particle.TOWARDS)).isEqualTo("스텝으로");
        assertThat(Josa.attach("채널", Particle.AND)).isEqualTo("채널과");
    }

    @Test
    void aVowelTakesTheShortFormAndRieulTakesRoButOtherwiseCountsAsAConsonant() {
        assertThat(Josa.attach("빠르게", Particle.TOPIC)).isEqualTo("빠르게는");
        assertThat(Josa.attach("회사", Particle.TOWARDS)).isEqualTo("회사로");
        assertThat(Josa.attach("서울", Particle.TOWARDS)).isEqualTo("서울로");
        assertThat(Josa.attach("이메일", Particle.TOWARDS)).isEqualTo("이메일로");
        assertThat(Josa.attach("이메일", Particle.TOPIC)).isEqualTo("이메일은");
        assertThat(Josa.attach("전화", Particle.AND)).isEqualTo("전화와");
    }

    @Test
    void digitsAreHeardAsTheyAreRead() {
        assertThat(Josa.attach("버전 2", Particle.AND)).isEqualTo("버전 2와"); // 이
        assertThat(Josa.attach("버전 3", Particle.AND)).isEqualTo("버전 3과"); // 삼
        assertThat(Josa.attach("RET-CALL-01", Particle.OBJECT)).isEqualTo("RET-CALL-01을"); // 일
        assertThat(Josa.attach("7", Particle.TOWARDS)).isEqualTo("7로"); // 칠
        assertThat(Josa.attach("6", Particle.TOWARDS)).isEqualTo("6으로"); // 육
        assertThat(Josa.attach("10", Particle.SUBJECT)).isEqualTo("10이"); // 십
        assertThat(Josa.attach("2000", Particle.SUBJECT)).isEqualTo("2000이"); // 이천
        assertThat(Josa.attach("5", Particle.SUBJECT)).isEqualTo("5가"); // 오
    }

    @Test
    void latinLettersAreHeardAsAbbreviationsOrAsWords() {
        assertThat(Josa.attach("KPI", Particle.TOPIC)).isEqualTo("KPI는"); // 케이피아이
        assertThat(Josa.attach("CRM", Particle.TOPIC)).isEqualTo("CRM은"); // 씨알엠
        assertThat(Josa.attach("URL", Particle.TOWARDS)).isEqualTo("URL로"); // 유알엘
        assertThat(Josa.attach("Okta", Particle.TOWARDS)).isEqualTo("Okta로");
        assertThat(Josa.attach("Google Workspace", Particle.TOWARDS)).isEqualTo("Google Workspace로");
        assertThat(Josa.attach("Blueprint Test IdP", Particle.TOWARDS)).isEqualTo("Blueprint Test IdP로"); // 아이디피
        assertThat(Josa.attach("team", Particle.TOPIC)).isEqualTo("team은");
        assertThat(Josa.attach("chat", Particle.TOPIC)).isEqualTo("chat은");
        assertThat(Josa.attach("test", Particle.TOPIC)).isEqualTo("test는");
        assertThat(Josa.attach("CARE-CALL-2MIN", Particle.TOPIC)).isEqualTo("CARE-CALL-2MIN은");
        assertThat(Josa.attach("Azure AD", Particle.TOWARDS)).isEqualTo("Azure AD로");
        assertThat(Josa.attach("Keycloak", Particle.TOWARDS)).isEqualTo("Keycloak으로");
    }

    @Test
    void resolvePicksEachMarkedPairAndLooksPastClosingQuotes() {
        assertThat(Josa.resolve("\"빠르게\"은(는) 측정할 수 없습니다")).isEqualTo("\"빠르게\"는 측정할 수 없습니다");
        assertThat(Josa.resolve("코드 \"CARE-CALL-2MIN\"은(는) 이미 쓰입니다")).isEqualTo("코드 \"CARE-CALL-2MIN\"은 이미 쓰입니다");
        assertThat(Josa.resolve("버전 1과(와) 버전 2 사이")).isEqualTo("버전 1과 버전 2 사이");
        assertThat(Josa.resolve("버전 2과(와) 버전 3 사이")).isEqualTo("버전 2와 버전 3 사이");
        assertThat(Josa.resolve("Okta(으)로 로그인")).isEqualTo("Okta로 로그인");
        assertThat(Josa.resolve("회사 계정(으)로 로그인")).isEqualTo("회사 계정으로 로그인");
        assertThat(Josa.resolve("'환불'이(가) 없고 '접점'을(를) 고르세요"))
                .isEqualTo("'환불'이 없고 '접점'을 고르세요");
    }

    @Test
    void aNounThatCannotBeHeardKeepsBothForms() {
        assertThat(Josa.resolve("…은(는)")).isEqualTo("…은(는)");
        assertThat(Josa.resolve("(으)로 시작")).isEqualTo("(으)로 시작");
        assertThat(Josa.resolve("괄호 (참고) 없음")).isEqualTo("괄호 (참고) 없음");
    }
}
