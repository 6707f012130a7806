package dev.newsriver.source;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether a URL may be fetched: only {@code http} and {@code https}, and no loopback,
 * link-local, private, carrier-grade NAT, unique-local or multicast address unless private networks
 * are allowed. Resolves the host name (blocking: call it on a bounded elastic thread). Thread-safe.
 */
final class AddressGuard {

    private final boolean allowPrivateNetworks;

    AddressGuard(boolean allowPrivateNetworks) {
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    /** Returns {@code uri} when allowed, else throws a {@link FetchException} naming the URL and the reason. */
    URI check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri + ": scheme '" + scheme + "' refused (only http and https)");
        }
        if (uri.getHost() == null) {
            throw new FetchException(uri + ": no host");
        }
        if (allowPrivateNetworks) {
            return uri;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    throw new FetchException(uri + ": refused, " + address.getHostAddress()
                            + " is a loopback or private address (newsriver.fetch.allow-private-networks=false)");
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchException(uri + ": unknown host", 0, null, e);
        }
        return uri;
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            byte[] v4 = embeddedIpv4(b);
            if (v4 != null) {
                return isPrivate(ipv4(v4));
            }
            return (b[0] & 0xfe) == 0xfc;                      // fc00::/7 unique local
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        return b0 == 100 && (b1 & 0xc0) == 64                  // 100.64.0.0/10 carrier-grade NAT
                || b0 == 0                                     // 0.0.0.0/8
                || b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0  // 192.0.0.0/24 protocol assignments
                || b0 == 198 && (b1 & 0xfe) == 18              // 198.18.0.0/15 benchmarking
                || b0 >= 240;                                  // 240.0.0.0/4 reserved, and broadcast
    }

    /**
     * The IPv4 address inside an IPv6 one that carries it (NAT64 {@code 64:ff9b::/96}, 6to4
     * {@code 2002::/16}, IPv4-compatible {@code ::a.b.c.d}), so that it is judged like the IPv4 address
     * it reaches; {@code null} for any other IPv6 address.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros96 = true;
        for (int i = 0; i < 12; i++) {
            zeros96 &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (zeros96 || nat64) {
            return java.util.Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return java.util.Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static InetAddress ipv4(byte[] v4) {
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
