package dev.newsriver.clean;

import java.net.URI;

/**
 * Resolves link targets against a page's base URL with {@link URI}, leaving absolute http(s) URLs
 * untouched and anything unresolvable as it was (the sanitizer drops what is not http(s) or mailto).
 * Stateless and thread-safe.
 */
final class Links {

    private Links() {
    }

    /** The base URL as a URI, or {@code null} when there is none or it is not absolute. */
    static URI base(String baseUrl) {
        try {
            URI uri = baseUrl == null || baseUrl.isBlank() ? null : new URI(baseUrl.strip());
            if (uri == null || !uri.isAbsolute() || uri.isOpaque()) {
                return null;
            }
            return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    static String resolve(URI base, String href) {
        String value = href.strip();
        if (base == null || absolute(value) || value.isEmpty()) {
            return value;
        }
        try {
            if (value.startsWith("//")) {
                return base.getScheme() + ":" + value;
            }
            return base.resolve(URI.create(encode(value))).toString();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** Whether {@code url} starts with http:, https: or mailto:, in any case. */
    static boolean absolute(String url) {
        return startsWithAscii(url, "http:") || startsWithAscii(url, "https:") || startsWithAscii(url, "mailto:");
    }

    /** Whether {@code s} starts with {@code lowerPrefix}, its ASCII letters in either case (and no others). */
    static boolean startsWithAscii(String s, String lowerPrefix) {
        if (s.length() < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = s.charAt(i);
            char p = lowerPrefix.charAt(i);
            if (c != p && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == p)) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@link URI} refuses but browsers accept in an href, and their escapes. */
    private static final String REFUSED = " |\"<>{}^`";
    private static final String[] ESCAPES = {"%20", "%7C", "%22", "%3C", "%3E", "%7B", "%7D", "%5E", "%60"};

    /** Escapes the characters {@link URI} refuses but browsers accept in an href. */
    static String encode(String s) {
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            int k = REFUSED.indexOf(s.charAt(i));
            if (k >= 0) {
                out = out == null ? new StringBuilder(s.length() + 16) : out;
                out.append(s, from, i).append(ESCAPES[k]);
                from = i + 1;
            }
        }
        return out == null ? s : out.append(s, from, s.length()).toString();
    }
}
