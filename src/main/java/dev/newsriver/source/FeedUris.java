package dev.newsriver.source;

import java.net.URI;

/** Resolves links a feed gives relative to the feed's own http(s) address. Stateless. */
final class FeedUris {

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
}
