package io.blueprint.web.security;

import org.junit.jupiter.api.Test;

import static io.blueprint.web.security.CrossSiteRequestFilter.isCrossSite;
import static org.assertj.core.api.Assertions.assertThat;

class CrossSiteRequestFilterTest {

    @Test
    void aFormFromBlueprintItselfPasses() {
        assertThat(isCrossSite("http://localhost:8080", "same-origin", "http", "localhost:8080")).isFalse();
        assertThat(isCrossSite("https://blueprint.example", null, "https", "blueprint.example")).isFalse();
        assertThat(isCrossSite("https://Blueprint.example:443", null, "https", "blueprint.example")).isFalse();
    }

    @Test
    void anotherHostPortOrSchemeIsAnotherSite() {
        assertThat(isCrossSite("https://evil.example", null, "http", "localhost:8080")).isTrue();
        assertThat(isCrossSite("http://localhost:9999", null, "http", "localhost:8080")).isTrue();
        assertThat(isCrossSite("http://blueprint.example", null, "https", "blueprint.example")).isTrue();
        assertThat(isCrossSite("https://blueprint.example.evil.example", null, "https", "blueprint.example")).isTrue();
    }

    @Test
    void anOpaqueOrBrokenOriginIsRefused() {
        assertThat(isCrossSite("null", null, "http", "localhost:8080")).isTrue();
        assertThat(isCrossSite("http://bad host", null, "http", "localhost:8080")).isTrue();
        assertThat(isCrossSite("http://localhost:8080", null, "http", null)).isTrue();
    }

    @Test
    void withoutAnOriginTheBrowsersFetchMetadataDecides() {
        assertThat(isCrossSite(null, "cross-site", "http", "localhost:8080")).isTrue();
        assertThat(isCrossSite(null, "same-site", "http", "localhost:8080")).isFalse();
        assertThat(isCrossSite(null, null, "http", "localhost:8080")).as("an old browser or another client").isFalse();
    }
}
