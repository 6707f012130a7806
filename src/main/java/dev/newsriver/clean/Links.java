package dev.newsriver.clean;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Resolves link targets against a page's base URL with {@link URI}, leaving absolute http(s) URLs
 * untouched and anything unresolvable as it was (the sanitizer drops what is not http(s) or mailto).
 * Stateless and thread-safe.
 */
final class Links {

    private static final Pattern ABSOLUTE = Pattern.compile("(?i)^(https?:|mailto:)");

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
        if (base == null || ABSOLUTE.matcher(value).find() || value.isEmpty()) {
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

    /** Escapes the characters {@link URI} refuses but browsers accept in an href. */
    private static String encode(String s) {
        return s.replace(" ", "%20").replace("|", "%7C").replace("\"", "%22").replace("<", "%3C")
                .replace(">", "%3E").replace("{", "%7B").replace("}", "%7D").replace("^", "%5E").replace("`", "%60");
    }
}
