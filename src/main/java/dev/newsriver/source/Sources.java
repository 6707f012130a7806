package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * The configured sources, loaded from {@code sources.yml} (and any {@code *.opml} beside it), and the
 * two ways to read them: {@link #live()} (forever, each source on its schedule, folders watched) and
 * {@link #once()} (one pass each). Each source isolates its own errors. Sources imported later through
 * {@link #importOpml} join the live stream, and while it runs a change to {@code sources.yml} starts,
 * replaces or stops sources without a restart. Thread-safe; {@link #live()} returns one shared stream.
 */
public final class Sources implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Sources.class);
    private static final int ONCE_CONCURRENCY = 64;
    private static final Duration INITIAL_SPREAD = Duration.ofSeconds(10);
    private static final Duration FOLDER_RESCAN = Duration.ofSeconds(30);
    private static final Duration RELOAD_CHECK = Duration.ofSeconds(2);

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Sinks.Many<Entry> added = Sinks.many().replay().all();
    private final Sinks.One<Boolean> closed = Sinks.one();
    private final Path workingDir;
    private final FetchSettings settings;
    private final Scheduler scheduler;
    private final Clock clock;
    private final HttpFetcher fetcher;
    private final FeedParser parser = new FeedParser();
    private final FetchMetrics metrics;
    private final Flux<RawDocument> live;
    private volatile SourcesFileWatch fileWatch;

    /** One configured source with its state, whether it came from sources.yml, and its stop signal. */
    private record Entry(SourceConfig config, Source source, SourceState state, boolean fromFile, Sinks.One<Boolean> stop) {
    }

    Sources(List<SourceConfig> configs, Path workingDir, FetchSettings settings, Scheduler scheduler, Clock clock,
            MeterRegistry registry) {
        this.workingDir = workingDir;
        this.settings = settings;
        this.scheduler = scheduler;
        this.clock = clock;
        this.fetcher = new HttpFetcher(settings);
        this.metrics = new FetchMetrics(registry);
        List<Entry> initial = new ArrayList<>();
        for (SourceConfig c : configs) {
            try {
                Entry e = entry(c, true);
                initial.add(e);
                entries.put(c.id(), e);
            } catch (IllegalArgumentException x) {
                log.warn("sources: line {}: source '{}' skipped: {}", c.line(), c.id(), x.getMessage());
            }
        }
        this.live = Flux.fromIterable(initial).concatWith(added.asFlux())
                .flatMap(e -> liveOf(e).takeUntilOther(e.stop().asMono()), Integer.MAX_VALUE)
                .mergeWith(Flux.defer(this::reloads))
                .takeUntilOther(closed.asMono())
                .share();
    }

    Sources(List<SourceConfig> configs, Path workingDir, FetchSettings settings, Scheduler scheduler, Clock clock) {
        this(configs, workingDir, settings, scheduler, clock, new CompositeMeterRegistry());
    }

    /** Loads {@code sourcesYml} (paths relative to the working directory); problems are logged, never thrown. */
    public static Sources load(Path sourcesYml, FetchSettings settings) {
        return load(sourcesYml, settings, Path.of("").toAbsolutePath());
    }

    /** As {@link #load(Path, FetchSettings)}, with paths and {@code file:} URLs relative to {@code workingDir}. */
    public static Sources load(Path sourcesYml, FetchSettings settings, Path workingDir) {
        return load(sourcesYml, settings, workingDir, new CompositeMeterRegistry());
    }

    /** As {@link #load(Path, FetchSettings, Path)}, recording fetch metrics in {@code registry}. */
    public static Sources load(Path sourcesYml, FetchSettings settings, Path workingDir, MeterRegistry registry) {
        return load(sourcesYml, settings, workingDir, registry, Claims.ALWAYS);
    }

    /** As {@link #load(Path, FetchSettings, Path, MeterRegistry)}, polling a feed only when {@code claims} grants it. */
    public static Sources load(Path sourcesYml, FetchSettings settings, Path workingDir, MeterRegistry registry,
                               Claims claims) {
        SourcesConfig.Parsed parsed = SourcesConfig.parse(sourcesYml);
        parsed.problems().forEach(p -> log.warn("sources: {}", p));
        Sources sources = new Sources(parsed.entries(), workingDir, settings,
                new Scheduler(PollPolicy.defaults(), settings.defaultInterval(), INITIAL_SPREAD, claims), Clock.systemUTC(),
                registry);
        sources.importOpmlFiles(sourcesYml.toAbsolutePath().getParent());
        sources.fileWatch = new SourcesFileWatch(sourcesYml, RELOAD_CHECK);
        log.info("sources: {} loaded from {}", sources.all().size(), sourcesYml);
        return sources;
    }

    /** Every source, in file order (imported ones last). */
    public synchronized List<Source> all() {
        return entries.values().stream().map(Entry::source).toList();
    }

    /** Never completes: every source on its schedule, folders also watched, merged into one shared stream. */
    public Flux<RawDocument> live() {
        return live;
    }

    /** Every source read once, merged; completes. A failing source is logged and skipped. */
    public Flux<RawDocument> once() {
        return Flux.defer(() -> Flux.fromIterable(snapshot())).flatMap(this::onceOf, ONCE_CONCURRENCY);
    }

    /** Status per source, in file order, for {@code GET /api/sources}. */
    public List<SourceStatus> statuses() {
        return snapshot().stream().map(e -> e.state().snapshot()).toList();
    }

    /** Polls source {@code id} now (cuts its wait short); errors with {@link IllegalArgumentException} for an unknown id. */
    public Mono<Void> refresh(String id) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                if (!entries.containsKey(id)) {
                    throw new IllegalArgumentException("unknown source id '" + id + "'");
                }
            }
            if (!scheduler.wake(id)) {
                log.info("source {}: refresh asked while not polling live", id);
            }
        });
    }

    /** Adds the feeds of an OPML document (for {@code POST /api/opml}); they join the live stream. */
    public Opml.Imported importOpml(byte[] opml, String name) {
        Opml.Imported imported;
        List<Entry> fresh = new ArrayList<>();
        synchronized (this) {
            imported = Opml.read(opml, name, entries.keySet());
            for (SourceConfig c : imported.entries()) {
                Entry e = entry(c, false);
                entries.put(c.id(), e);
                fresh.add(e);
            }
        }
        imported.problems().forEach(p -> log.warn("sources: {}", p));
        fresh.forEach(e -> added.emitNext(e, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1))));
        log.info("sources: {} imported from {}", fresh.size(), name);
        return imported;
    }

    /** The feed sources as an OPML 2.0 document (for {@code GET /opml}). */
    public String exportOpml() {
        return Opml.write(snapshot().stream().map(Entry::config).toList(), "Newsriver sources");
    }

    /** Completes {@link #live()}, stops every source's polling and closes the HTTP connections (on shutdown). */
    @Override
    public void close() {
        closed.tryEmitValue(Boolean.TRUE);
        snapshot().forEach(e -> e.stop().tryEmitValue(Boolean.TRUE));
        fetcher.close();
    }

    private synchronized List<Entry> snapshot() {
        return new ArrayList<>(entries.values());
    }

    private void importOpmlFiles(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".opml")).sorted().toList()) {
                importOpml(Files.readAllBytes(f), f.toString());
            }
        } catch (IOException e) {
            log.warn("sources: cannot list OPML files in {}: {}", dir, e.getMessage());
        }
    }

    /** While live: changes to sources.yml add, replace and stop sources (OPML imports are kept). */
    private Flux<RawDocument> reloads() {
        SourcesFileWatch watch = fileWatch;
        return watch == null ? Flux.empty() : watch.changes().doOnNext(this::apply).thenMany(Flux.empty());
    }

    /**
     * Applies a changed sources file, but only a wholly valid one: a file with any problem (a syntax error, an
     * unknown key, a bad entry) is reported with its file and line and the sources in force stay as they are,
     * so a typo in one entry never stops the source it was meant to change.
     */
    void apply(SourcesConfig.Parsed parsed) {
        parsed.problems().forEach(p -> log.warn("sources: {}", p));
        if (!parsed.problems().isEmpty() || parsed.entries().isEmpty()) {
            log.warn("sources: the changed file {}; keeping the sources in force until it is fixed",
                    parsed.entries().isEmpty() ? "has no valid entry" : "has problems");
            return;
        }
        Map<String, SourceConfig> wanted = new LinkedHashMap<>();
        parsed.entries().forEach(c -> wanted.put(c.id(), c));
        List<Entry> stopped;
        List<Entry> fresh;
        synchronized (this) {
            stopped = removeChanged(wanted);
            fresh = addMissing(wanted);
        }
        stopped.forEach(e -> e.stop().tryEmitValue(Boolean.TRUE));
        fresh.forEach(e -> added.emitNext(e, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1))));
        log.info("sources: reloaded, {} started, {} stopped or replaced", fresh.size(), stopped.size());
    }

    /** Removes file entries that are gone or changed (caller holds the lock). */
    private List<Entry> removeChanged(Map<String, SourceConfig> wanted) {
        List<Entry> stopped = new ArrayList<>();
        for (Entry e : new ArrayList<>(entries.values())) {
            SourceConfig next = wanted.get(e.config().id());
            if (e.fromFile() && (next == null || !next.sameAs(e.config()))) {
                entries.remove(e.config().id());
                stopped.add(e);
            }
        }
        return stopped;
    }

    /** Adds the wanted entries not present (caller holds the lock). */
    private List<Entry> addMissing(Map<String, SourceConfig> wanted) {
        List<Entry> fresh = new ArrayList<>();
        for (SourceConfig c : wanted.values()) {
            if (!entries.containsKey(c.id())) {
                Entry e = entry(c, true);
                entries.put(c.id(), e);
                fresh.add(e);
            }
        }
        return fresh;
    }

    private Entry entry(SourceConfig c, boolean fromFile) {
        SourceState state = new SourceState(c, clock);
        Source source = c.type() == SourceConfig.Type.FEED
                ? new FeedSource(c, workingDir, fetcher, parser, settings.maxBodyBytes(), state, metrics)
                : new FileSource(c, workingDir.resolve(c.location()), parser, settings.maxBodyBytes(),
                        c.interval() != null ? c.interval() : FOLDER_RESCAN, state, metrics);
        return new Entry(c, source, state, fromFile, Sinks.one());
    }

    private Flux<RawDocument> liveOf(Entry e) {
        Flux<RawDocument> docs;
        if (e.source() instanceof FileSource folder) {
            docs = folder.changes()
                    .doOnError(x -> {
                        e.state().failed(x);
                        log.warn("source {}: folder unreadable, retrying with backoff: {}", e.config().id(), x.getMessage());
                    })
                    .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(5)).maxBackoff(Duration.ofMinutes(5)));
        } else {
            docs = scheduler.polls(e.source(), e.state(), e.config().interval());
        }
        return docs.map(d -> d.withCategories(e.config().tags()));
    }

    private Flux<RawDocument> onceOf(Entry e) {
        return e.source().fetch()
                .doOnComplete(e.state()::succeeded)
                .onErrorResume(x -> {
                    e.state().failed(x);
                    log.warn("source {}: fetch failed: {}", e.config().id(), x.getMessage());
                    return Flux.empty();
                })
                .map(d -> d.withCategories(e.config().tags()));
    }
}
