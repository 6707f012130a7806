package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The configured sources, loaded from {@code sources.yml}, and the two ways to read them: {@link #live()}
 * (forever, each source on its schedule, folders watched) and {@link #once()} (one pass each). Each
 * source isolates its own errors. Thread-safe; {@link #live()} returns one shared stream.
 */
public final class Sources {

    private static final Logger log = LoggerFactory.getLogger(Sources.class);
    private static final int ONCE_CONCURRENCY = 64;
    private static final Duration INITIAL_SPREAD = Duration.ofSeconds(10);

    private final List<SourceConfig> configs;
    private final Map<String, Source> byId = new LinkedHashMap<>();
    private final Map<String, SourceState> states = new LinkedHashMap<>();
    private final Scheduler scheduler;
    private final Flux<RawDocument> live;

    Sources(List<SourceConfig> configs, Path workingDir, FetchSettings settings, Scheduler scheduler, Clock clock) {
        this.configs = List.copyOf(configs);
        this.scheduler = scheduler;
        HttpFetcher fetcher = new HttpFetcher(settings);
        FeedParser parser = new FeedParser();
        for (SourceConfig c : configs) {
            SourceState state = new SourceState(c, clock);
            Source source = c.type() == SourceConfig.Type.FEED
                    ? new FeedSource(c, workingDir, fetcher, parser, settings.maxBodyBytes(), state)
                    : new FileSource(c, workingDir.resolve(c.location()), parser, settings.maxBodyBytes(),
                            c.interval() != null ? c.interval() : Duration.ofSeconds(30), state);
            byId.put(c.id(), source);
            states.put(c.id(), state);
        }
        this.live = Flux.fromIterable(this.configs)
                .flatMap(this::liveOf, Math.max(1, this.configs.size()))
                .share();
    }

    /** Loads {@code sourcesYml} (paths relative to the working directory); problems are logged, never thrown. */
    public static Sources load(Path sourcesYml, FetchSettings settings) {
        return load(sourcesYml, settings, Path.of("").toAbsolutePath());
    }

    /** As {@link #load(Path, FetchSettings)}, with paths and {@code file:} URLs relative to {@code workingDir}. */
    public static Sources load(Path sourcesYml, FetchSettings settings, Path workingDir) {
        SourcesConfig.Parsed parsed = SourcesConfig.parse(sourcesYml);
        parsed.problems().forEach(p -> log.warn("sources: {}", p));
        log.info("sources: {} loaded from {}", parsed.entries().size(), sourcesYml);
        return new Sources(parsed.entries(), workingDir,
                settings, new Scheduler(PollPolicy.defaults(), settings.defaultInterval(), INITIAL_SPREAD), Clock.systemUTC());
    }

    /** Every source, in file order. */
    public List<Source> all() {
        return List.copyOf(byId.values());
    }

    /** Never completes: every source on its schedule, folders also watched, merged into one shared stream. */
    public Flux<RawDocument> live() {
        return live;
    }

    /** Every source read once, merged; completes. A failing source is logged and skipped. */
    public Flux<RawDocument> once() {
        return Flux.fromIterable(configs).flatMap(this::onceOf, ONCE_CONCURRENCY);
    }

    /** Status per source, in file order, for {@code GET /api/sources}. */
    public List<SourceStatus> statuses() {
        List<SourceStatus> list = new ArrayList<>();
        states.values().forEach(s -> list.add(s.snapshot()));
        return list;
    }

    /** Polls source {@code id} now (cuts its wait short); errors with {@link IllegalArgumentException} for an unknown id. */
    public Mono<Void> refresh(String id) {
        return Mono.fromRunnable(() -> {
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException("unknown source id '" + id + "'");
            }
            if (!scheduler.wake(id)) {
                log.info("source {}: refresh asked while not polling live", id);
            }
        });
    }

    private Flux<RawDocument> liveOf(SourceConfig c) {
        Source source = byId.get(c.id());
        SourceState state = states.get(c.id());
        if (source instanceof FileSource folder) {
            return folder.changes()
                    .doOnError(e -> {
                        state.failed(e);
                        log.warn("source {}: folder unreadable, retrying with backoff: {}", c.id(), e.getMessage());
                    })
                    .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(5)).maxBackoff(Duration.ofMinutes(5)));
        }
        return scheduler.polls(source, state, c.interval());
    }

    private Flux<RawDocument> onceOf(SourceConfig c) {
        SourceState state = states.get(c.id());
        return byId.get(c.id()).fetch()
                .doOnComplete(state::succeeded)
                .onErrorResume(e -> {
                    state.failed(e);
                    log.warn("source {}: fetch failed: {}", c.id(), e.getMessage());
                    return Flux.empty();
                });
    }
}
