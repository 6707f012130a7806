package dev.newsriver.source;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves links a feed gives relative to the feed's own http(s) address: entry and feed links, and
 * {@code href}/{@code src} attributes inside entry HTML. Stateless; thread-safe.
 */
final class FeedUris {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?i)(\\s(?:href|src)\\s*=\\s*)([\"'])(.*?)\\2");

    private FeedUris() {
    }

    /** {@code link} made absolute against {@code feedUri} when it is relative and the feed is http(s). */
    static String resolve(String feedUri, String link) {
        if (link == null) {
            return null;
        }
        try {
            URI l = new URI(link.trim());
            if (l.isAbsolute() || feedUri == null || !feedUri.startsWith("http")) {
                return link.trim();
            }
            return URI.create(feedUri).resolve(l).toString();
        } catch (Exception e) {
            return link.trim();
        }
    }

    /** {@code html} with relative {@code href} and {@code src} values made absolute against an http(s) {@code feedUri}. */
    static String resolveInHtml(String feedUri, String html) {
        if (html == null || feedUri == null || !feedUri.startsWith("http") || html.indexOf('=') < 0) {
            return html;
        }
        Matcher m = URL_ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(3);
            String resolved = value.isBlank() || value.startsWith("#") ? value : resolve(feedUri, value.trim());
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + resolved + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
