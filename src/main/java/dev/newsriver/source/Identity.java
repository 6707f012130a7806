package dev.newsriver.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The identity of a feed entry: its GUID, else its canonical link (tracking parameters removed), else
 * a hash of its title and content. Stateless; thread-safe.
 */
final class Identity {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "_ga", "_gl", "yclid", "ref_src", "cmpid", "ocid", "__twitter_impression");

    private Identity() {
    }

    /** The id an entry is known by: {@code declared} when present, else the canonical link, else a hash. */
    static String of(String declared, String link, String title, String content) {
        if (declared != null && !declared.isBlank()) {
            String id = declared.trim();
            return id.equals(link) ? canonicalLink(id) : id;
        }
        if (link != null && !link.isBlank()) {
            return canonicalLink(link.trim());
        }
        return contentHash(title, content);
    }

    /** {@code url} without tracking parameters ({@code utm_*}, {@code fbclid}, …) and fragment; host lower-cased. */
    static String canonicalLink(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || u.getHost() == null) {
                return url;
            }
            String query = stripTracking(u.getRawQuery());
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String stripTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    /** A stable id made from what the entry says: {@code sha256:} and the first 16 bytes in hex. */
    static String contentHash(String title, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((title == null ? "" : title.strip()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((content == null ? "" : content.strip()).getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
