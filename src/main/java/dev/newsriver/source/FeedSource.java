package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A feed read over http(s) with conditional GET, or from a local {@code file:} inside the working
 * directory (the offline samples). Each {@link #fetch()} is one poll: a 304 yields nothing, a 200 the
 * entries not delivered before, and the ones whose content changed (updates keep their GUID), as
 * {@code FEED_ENTRY} documents ({@link EntryMemory}). Thread-safe: validators and hints are published through
 * volatile fields; the scheduler never runs two polls of one source at once.
 */
public final class FeedSource implements Source {

    private final SourceRef ref;
    private final URI uri;
    private final Path workingDir;
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final long maxBytes;
    private final SourceState state;
    private final FetchMetrics metrics;
    private volatile String etag;
    private volatile String lastModified;
    private volatile PollHints hints = PollHints.NONE;
    private final EntryMemory memory = new EntryMemory(4096);

    FeedSource(SourceConfig config, Path workingDir, HttpFetcher fetcher, FeedParser parser, long maxBytes,
               SourceState state, FetchMetrics metrics) {
        this.metrics = metrics;
        this.ref = config.ref();
        this.uri = URI.create(config.location().trim());
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.fetcher = fetcher;
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.state = state;
    }

    @Override
    public SourceRef ref() {
        return ref;
    }

    /** The feed's URL as configured. */
    public URI uri() {
        return uri;
    }

    /** What the last poll said about when to poll next. */
    PollHints hints() {
        return hints;
    }

    @Override
    public Flux<RawDocument> fetch() {
        Mono<ParsedFeed> feed = "file".equalsIgnoreCase(uri.getScheme()) ? readLocal() : readRemote();
        return feed.onErrorMap(e -> !(e instanceof FetchException || e instanceof FeedParseException),
                        e -> new FetchException(uri + ": " + e, 0, null, e))
                .map(f -> memory.admit(f.entries()))
                .doOnNext(entries -> {
                    metrics.items(ref.id(), entries.size());
                    state.counted(entries.size());
                })
                .flatMapIterable(entries -> entries);
    }

    private Mono<ParsedFeed> readRemote() {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return fetcher.get(uri, etag, lastModified)
                    .doOnNext(r -> metrics.fetched(r, Duration.ofNanos(System.nanoTime() - start)))
                    .doOnError(e -> metrics.failed(Duration.ofNanos(System.nanoTime() - start)));
        })
                .doOnError(FetchException.class, e -> hints = PollHints.failed(e.retryAfter()))
                .flatMap(result -> {
                    etag = result.etag() != null ? result.etag() : etag;
                    lastModified = result.lastModified() != null ? result.lastModified() : lastModified;
                    if (result.notModified()) {
                        hints = hints.notModified(result.freshFor());
                        state.answered(304);
                        return Mono.empty();
                    }
                    return Mono.fromCallable(() -> parsed(result))
                            .subscribeOn(Schedulers.boundedElastic());
                });
    }

    private ParsedFeed parsed(FetchResult result) {
        ParsedFeed feed = parser.parse(result.body(), result.contentType(), uri.toString(), result.baseUri().toString(), ref);
        hints = PollHints.of(result.freshFor(), feed);
        state.answered(result.status());
        return feed;
    }

    private Mono<ParsedFeed> readLocal() {
        return Mono.fromCallable(() -> {
            Path file = localPath();
            byte[] body = readAtMost(file);
            ParsedFeed feed = parser.parse(body, null, file.toUri().toString(), ref);
            hints = PollHints.of(null, feed);
            return feed;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private Path localPath() throws IOException {
        String ssp = uri.getSchemeSpecificPart();
        Path path = uri.isOpaque() ? workingDir.resolve(ssp) : Path.of(uri);
        Path normal = path.toAbsolutePath().normalize();
        if (!normal.startsWith(workingDir) || !normal.toRealPath().startsWith(workingDir.toRealPath())) {
            throw new FetchException(uri + ": file: URLs must point inside the working directory " + workingDir);
        }
        return normal;
    }

    private byte[] readAtMost(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new FetchException(uri + ": file larger than " + maxBytes + " bytes");
            }
            return body;
        }
    }

    @Override
    public String toString() {
        return "FeedSource[" + ref.id() + " " + uri + "]";
    }
}
