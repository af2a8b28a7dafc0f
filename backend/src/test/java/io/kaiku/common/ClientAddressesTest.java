package io.kaiku.common;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientAddressesTest {
    private final ClientAddresses behindProxies =
            new ClientAddresses(Optional.of(List.of("10.0.0.0/8", "192.168.1.10", "2001:db8::/32")));

    @Test
    void forwardedForIsIgnoredWithoutConfiguredProxies() {
        ClientAddresses direct = new ClientAddresses(Optional.empty());
        assertEquals("198.51.100.4", direct.resolve("198.51.100.4", List.of("203.0.113.7")));
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        assertEquals("198.51.100.4", behindProxies.resolve("198.51.100.4", List.of("203.0.113.7")));
    }

    @Test
    void theRightMostUntrustedAddressIsTheClient() {
        // The client wrote "1.2.3.4" itself; our proxies appended what they saw.
        assertEquals("203.0.113.7", behindProxies.resolve("10.1.2.3", List.of("1.2.3.4, 203.0.113.7, 192.168.1.10")));
        assertEquals("203.0.113.7", behindProxies.resolve("10.1.2.3", List.of("1.2.3.4", "203.0.113.7:5555")));
        assertEquals("2001:db9::1", behindProxies.resolve("2001:db8::5", List.of("[2001:db9::1]:443")));
    }

    @Test
    void garbageInTheChainStopsAtTheLastKnownAddress() {
        assertEquals("192.168.1.10", behindProxies.resolve("10.1.2.3", List.of("evil.example, 192.168.1.10")));
        assertEquals("10.1.2.3", behindProxies.resolve("10.1.2.3", List.of("")));
        assertEquals("10.1.2.3", behindProxies.resolve("10.1.2.3", List.of()));
    }

    @Test
    void aBadProxyListStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(Optional.of(List.of("proxy.local"))));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(Optional.of(List.of("10.0.0.0/33"))));
    }
}
