package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "::1", "fd00::1", "fe80::1", "224.0.0.1", "192.0.0.8", "198.18.0.1", "198.19.255.254",
            "240.0.0.1", "255.255.255.255",
            // IPv6 addresses that reach a private IPv4 one: NAT64, 6to4, IPv4-compatible, IPv4-mapped
            "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:c0a8:101::1", "2002:7f00:1::", "::a00:1",
            "::ffff:10.0.0.1"})
    void loopbackPrivateAndLinkLocalAddressesArePrivate(String ip) throws UnknownHostException {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(ip))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "2606:4700::1111", "100.128.0.1", "198.20.0.1",
            "192.0.1.1", "64:ff9b::808:808", "2002:808:808::1"})
    void publicAddressesAreNot(String ip) throws UnknownHostException {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(ip))).isFalse();
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        AddressGuard guard = new AddressGuard(true);

        assertThatThrownBy(() -> guard.check(URI.create("ftp://example.org/feed"))).hasMessageContaining("scheme 'ftp' refused");
        assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"))).hasMessageContaining("scheme 'file' refused");
        assertThat(guard.check(URI.create("http://127.0.0.1:8080/feed"))).hasHost("127.0.0.1");
    }

    @Test
    void literalPrivateAddressesAreRefusedWithoutTheSetting() {
        AddressGuard guard = new AddressGuard(false);

        assertThatThrownBy(() -> guard.check(URI.create("http://[::1]:8080/feed"))).hasMessageContaining("loopback or private");
        assertThatThrownBy(() -> guard.check(URI.create("http://169.254.169.254/latest/meta-data")))
                .hasMessageContaining("169.254.169.254");
    }
}
