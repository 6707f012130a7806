package dev.newsriver.publish;

import dev.newsriver.article.Article;
import dev.newsriver.article.Ids;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Feed bodies rendered once per change and served from memory: a rendering is reused until an item is
 * committed, so a burst of readers costs one query and one rendering. At most {@code capacity} distinct
 * feeds (format × filter × base URL) are kept. Thread-safe.
 */
public final class FeedCache implements AutoCloseable {

    /** A rendered feed with its validators. */
    public record Rendered(byte[] body, String etag, Instant lastModified, String mediaType) {
    }

    /** What identifies one rendering. */
    public record Key(FeedFormat format, ItemQuery query, int limit, FeedInfo info) {
    }

    private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

    private final ItemStore store;
    private final FeedWriter writer;
    private final int capacity;
    private final Map<Key, Entry> renderings = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final Disposable invalidation;

    private record Entry(long version, Mono<Rendered> rendering) {
    }

    public FeedCache(ItemStore store, FeedWriter writer, int capacity) {
        this.store = store;
        this.writer = writer;
        this.capacity = capacity;
        this.invalidation = store.committed().subscribe(a -> version.incrementAndGet());
    }

    /** The current rendering of a feed: rendered now if an item was committed since the last one. */
    public Mono<Rendered> get(Key key) {
        long current = version.get();
        if (renderings.size() >= capacity && !renderings.containsKey(key)) {
            renderings.clear();
        }
        return renderings.compute(key, (k, e) -> e != null && e.version() == current ? e
                : new Entry(current, render(k).cache(r -> FOREVER, err -> Duration.ZERO, () -> Duration.ZERO)))
                .rendering();
    }

    private Mono<Rendered> render(Key k) {
        return store.newest(k.query(), null, k.limit()).collectList().map(items -> rendered(k, items));
    }

    private Rendered rendered(Key k, List<Article> items) {
        byte[] body = writer.write(k.format(), k.info(), items);
        Instant lastModified = items.stream().map(a -> a.ingested() != null ? a.ingested() : a.date())
                .max(Instant::compareTo).orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        return new Rendered(body, "\"" + Ids.sha256(body).substring(0, 32) + "\"", lastModified, k.format().mediaType());
    }


    @Override
    public void close() {
        invalidation.dispose();
    }
}
