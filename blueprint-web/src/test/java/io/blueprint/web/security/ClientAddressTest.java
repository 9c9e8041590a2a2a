package io.blueprint.web.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private final Set<String> balancer = Set.of("10.0.0.5");

    @Test
    void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", balancer)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of())).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTheBalancerTheClientIsTheLastAddressItDidNotAdd() {
        assertThat(ClientAddress.of("10.0.0.5", "198.51.100.1", balancer)).isEqualTo("198.51.100.1");
        // a client that forges an earlier hop cannot choose its address: the balancer appended the real one
        assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.1", balancer)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.5", "198.51.100.1, 10.0.0.5", balancer)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.5", " ", balancer)).isEqualTo("10.0.0.5");
    }
}
