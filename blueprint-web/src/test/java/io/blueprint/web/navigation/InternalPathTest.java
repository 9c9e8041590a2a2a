package io.blueprint.web.navigation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InternalPathTest {

    @Test
    void aPathInsideBlueprintIsKept() {
        assertThat(InternalPath.orHome("/journey/editor.xhtml?id=4", "/login.xhtml")).isEqualTo("/journey/editor.xhtml?id=4");
    }

    @Test
    void anotherSiteOrNothingLeadsHome() {
        assertThat(InternalPath.orHome("//evil.example/phish", null)).isEqualTo(InternalPath.HOME);
        assertThat(InternalPath.orHome("https://evil.example/", null)).isEqualTo(InternalPath.HOME);
        assertThat(InternalPath.orHome("/\\evil.example", null)).isEqualTo(InternalPath.HOME);
        assertThat(InternalPath.orHome(null, null)).isEqualTo(InternalPath.HOME);
    }

    @Test
    void thePageTheFormIsOnIsNotANextPage() {
        assertThat(InternalPath.orHome("/account/password.xhtml?next=%2F", "/account/password.xhtml"))
                .isEqualTo(InternalPath.HOME);
    }
}
