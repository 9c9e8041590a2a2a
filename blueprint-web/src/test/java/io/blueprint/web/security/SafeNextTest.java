package io.blueprint.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a sign-in (form or identity provider) may send a person afterwards. */
class SafeNextTest {

    @Test
    void aPathInsideBlueprintIsKept() {
        assertThat(LoginView.safeNext("/journey/editor.xhtml?id=4")).isEqualTo("/journey/editor.xhtml?id=4");
    }

    @Test
    void anythingThatCouldLeaveBlueprintOrLoopBecomesTheHomePage() {
        assertThat(LoginView.safeNext(null)).isEqualTo("/");
        assertThat(LoginView.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(LoginView.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(LoginView.safeNext("/\\evil.example/")).isEqualTo("/");
        assertThat(LoginView.safeNext("/\t/evil.example/")).as("browsers drop the tab").isEqualTo("/");
        assertThat(LoginView.safeNext("/login.xhtml")).isEqualTo("/");
        assertThat(LoginView.safeNext("/sso/login")).as("would start another sign-in").isEqualTo("/");
    }
}
