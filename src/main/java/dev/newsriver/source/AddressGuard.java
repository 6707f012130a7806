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
            return (b[0] & 0xfe) == 0xfc;                      // fc00::/7 unique local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64     // 100.64.0.0/10 carrier-grade NAT
                || (b[0] & 0xff) == 0;                         // 0.0.0.0/8
    }
}
