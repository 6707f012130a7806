package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the last poll of a feed said about the next one: freshness from {@code Cache-Control}/
 * {@code Expires}, the RSS {@code <ttl>}, a {@code Retry-After}, and the entries' publication times
 * (for the adaptive interval). Immutable; each field may be {@code null} (or empty).
 */
record PollHints(Duration freshFor, Duration ttl, Duration retryAfter, List<Instant> published) {

    static final PollHints NONE = new PollHints(null, null, null, List.of());

    PollHints {
        published = published == null ? List.of() : List.copyOf(published);
    }

    static PollHints of(Duration freshFor, ParsedFeed feed) {
        List<Instant> times = feed.entries().stream().map(RawDocument::published).filter(Objects::nonNull).toList();
        return new PollHints(freshFor, feed.ttl(), null, times);
    }

    static PollHints failed(Duration retryAfter) {
        return new PollHints(null, null, retryAfter, List.of());
    }

    /** After a 304: the same entries, fresh for what the server now says. */
    PollHints notModified(Duration fresh) {
        return new PollHints(fresh != null ? fresh : freshFor, ttl, null, published);
    }
}
