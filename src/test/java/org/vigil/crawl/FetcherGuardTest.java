package org.vigil.crawl;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SSRF: internal addresses are refused unless the job allows them, also when a redirect leads there. */
class FetcherGuardTest {

    private static HarvestSettings settings(boolean allowPrivate, HarvestSettings.Politeness politeness) {
        return new HarvestSettings("mailto:desk@example.org", politeness, 0.0, 2, 2, 2.0, 2.0, 5.0, 0, 0.0, 5.0, 1, 5,
                allowPrivate, null, null);
    }

    @Test
    void refusesLoopbackUnlessAllowed() throws Exception {
        try (FaultServer server = new FaultServer().page("/a.html", "text/html", "<p>hi</p>")) {
            URI url = URI.create(server.base() + "/a.html");
            try (Fetcher refusing = new Fetcher(settings(false, HarvestSettings.Politeness.ON), "Vigil/test",
                    new HostGates(true, 2, Duration.ZERO))) {
                Fetcher.Result result = refusing.fetch(url, u -> true, true, null);
                assertThat(result.failure()).startsWith("refused: 127.0.0.1 resolves to loopback address");
                assertThat(result.hops()).isEmpty();
                assertThat(server.hits("/a.html")).isZero();
            }
            try (Fetcher allowing = new Fetcher(settings(true, HarvestSettings.Politeness.ON), "Vigil/test",
                    new HostGates(true, 2, Duration.ZERO))) {
                Fetcher.Result result = allowing.fetch(url, u -> true, true, null);
                assertThat(result.ok()).isTrue();
                assertThat(result.last().status()).isEqualTo(200);
                assertThat(result.last().requestHeader("User-Agent")).isEqualTo("Vigil/test");
            }
        }
    }

    @Test
    void refusesARedirectToAHostTheSourceDoesNotAllow() throws Exception {
        try (FaultServer server = new FaultServer()) {
            server.on("/jump", (s, out, hit) -> FaultServer.send(out, 301, "Moved Permanently", "text/html",
                    new byte[0], "Location: http://169.254.169.254/latest/meta-data/"));
            try (Fetcher fetcher = new Fetcher(settings(true, HarvestSettings.Politeness.ON), "Vigil/test",
                    new HostGates(true, 2, Duration.ZERO))) {
                Fetcher.Result result = fetcher.fetch(URI.create(server.base() + "/jump"),
                        u -> u.getHost().equals("127.0.0.1"), true, null);
                assertThat(result.failure()).startsWith("redirect to a host not allowed");
                assertThat(result.hops()).singleElement().satisfies(h -> assertThat(h.status()).isEqualTo(301));
            }
        }
    }

    @Test
    void knowsInternalAddresses() throws Exception {
        assertThat(AddressGuard.internalKind(InetAddress.getByName("10.1.2.3"))).isEqualTo("private");
        assertThat(AddressGuard.internalKind(InetAddress.getByName("192.168.0.1"))).isEqualTo("private");
        assertThat(AddressGuard.internalKind(InetAddress.getByName("169.254.169.254"))).isEqualTo("link-local");
        assertThat(AddressGuard.internalKind(InetAddress.getByName("100.64.0.1"))).isEqualTo("reserved");
        assertThat(AddressGuard.internalKind(InetAddress.getByName("fd00::1"))).isEqualTo("unique-local");
        assertThat(AddressGuard.internalKind(InetAddress.getByName("::1"))).isEqualTo("loopback");
        assertThat(AddressGuard.internalKind(InetAddress.getByName("93.184.215.14"))).isNull();
    }

    @Test
    void politenessOffIsOnlyForLoopback() throws Exception {
        try (Fetcher fetcher = new Fetcher(settings(true, HarvestSettings.Politeness.OFF), "Vigil/test",
                new HostGates(false, 2, Duration.ZERO))) {
            Fetcher.Result result = fetcher.fetch(URI.create("http://10.255.255.1/"), u -> true, true, null);
            assertThat(result.failure()).contains("politeness: off is only for benchmarks on loopback");
        }
    }

    @Test
    void checksTheAddressesTheClientConnectsTo() throws Exception {
        // The guard is the client's resolver, so every name is checked as it is resolved for connecting.
        assertThatThrownBy(() -> new AddressGuard(false, false).resolve("localhost"))
                .isInstanceOf(AddressGuard.RefusedException.class)
                .hasMessageStartingWith("refused: localhost resolves to loopback address");
        assertThat(new AddressGuard(true, false).resolve("127.0.0.1")).extracting(InetAddress::isLoopbackAddress)
                .containsOnly(true);
        assertThatThrownBy(() -> new AddressGuard(true, true).resolve("10.1.2.3"))
                .hasMessageContaining("is not a loopback host");
    }
}
