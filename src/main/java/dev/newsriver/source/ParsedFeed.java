package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import java.time.Duration;
import java.util.List;

/**
 * A feed as parsed: what the channel says about itself and its entries as raw documents. Immutable.
 *
 * @param title   the feed's title, or {@code null}
 * @param link    the feed's home page, or {@code null}
 * @param ttl     the RSS {@code <ttl>} (minutes) as a duration, or {@code null}
 * @param entries the entries, in feed order
 */
public record ParsedFeed(String title, String link, Duration ttl, List<RawDocument> entries) {
    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}
