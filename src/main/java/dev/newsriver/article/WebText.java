package dev.newsriver.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Last checks on text and links that leave the system: characters XML 1.0 cannot carry (one such
 * character in a title would make a whole feed unreadable) and links a reader must not follow.
 */
public final class WebText {
    private WebText() {
    }

    /**
     * {@code s} without the characters XML 1.0 does not allow: C0 controls other than tab, newline and
     * carriage return, U+FFFE, U+FFFF and unpaired surrogates. Null stays null.
     */
    public static String xmlSafe(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = 0;
        while (i < n && allowed(s, i)) {
            i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        }
        if (i >= n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
            if (allowed(s, i)) {
                b.append(c);
                if (pair) {
                    b.append(s.charAt(i + 1));
                }
            }
            i += pair ? 2 : 1;
        }
        return b.toString();
    }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false; // a low surrogate reached here has no high one before it
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /**
     * {@code url} if it is an absolute http(s) URL with a host, else null: {@code javascript:}, {@code data:},
     * {@code file:} and relative or malformed links are not offered to readers.
     */
    public static String webUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? xmlSafe(u) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
