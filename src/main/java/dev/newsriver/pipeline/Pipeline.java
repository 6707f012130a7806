package dev.newsriver.pipeline;

import dev.newsriver.article.Article;
import dev.newsriver.article.RawDocument;
import dev.newsriver.clean.Cleaner;
import dev.newsriver.dedupe.Deduplicator;
import dev.newsriver.store.ItemStore;
import dev.newsriver.tagging.Tagger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.function.Function;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * The river's one chain: parse and clean → tag → de-duplicate → store. Cleaning, tagging and
 * fingerprinting run on a bounded worker scheduler, {@code parallelism} documents at once; the
 * de-duplication decision and storing run one item at a time, so each decision sees every item before it. A document that cannot be cleaned or tagged is
 * logged with its origin and skipped; the others flow on.
 */
public final class Pipeline {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private static final int RECENT_KEYS = 100_000;
    /** Items stored per transaction, and how long a lone item waits for company. */
    private static final int BATCH = 64;
    private static final Duration BATCH_WAIT = Duration.ofMillis(20);
    /** How long a refused batch is retried unless the constructor says otherwise. */
    public static final Duration STORE_RETRY_FOR = Duration.ofMinutes(10);
    private static final Duration MAX_STORE_BACKOFF = Duration.ofSeconds(10);

    private final Cleaner cleaner;
    private final Tagger tagger;
    private final Deduplicator dedupe;
    private final ItemStore store;
    private final Scheduler workers;
    private final int parallelism;
    private final Clock clock;
    private final Counter stored;
    private final Counter known;
    private final Counter skipped;
    private final Duration storeRetryFor;
    private Instant lastIngested = Instant.EPOCH;

    /** A pipeline that retries a batch the database refuses for up to {@link #STORE_RETRY_FOR}. */
    public Pipeline(Cleaner cleaner, Tagger tagger, Deduplicator dedupe, ItemStore store, Scheduler workers,
                    int parallelism, Clock clock, MeterRegistry meters) {
        this(cleaner, tagger, dedupe, store, workers, parallelism, clock, meters, STORE_RETRY_FOR);
    }

    /**
     * @param storeRetryFor how long a batch the database refuses is retried, with backoff, before it is
     *                      dropped with an error in the log: the length of a database outage the river rides out
     */
    public Pipeline(Cleaner cleaner, Tagger tagger, Deduplicator dedupe, ItemStore store, Scheduler workers,
                    int parallelism, Clock clock, MeterRegistry meters, Duration storeRetryFor) {
        this.storeRetryFor = storeRetryFor;
        this.cleaner = cleaner;
        this.tagger = tagger;
        this.dedupe = dedupe;
        this.store = store;
        this.workers = workers;
        this.parallelism = parallelism;
        this.clock = clock;
        this.stored = outcome(meters, "stored");
        this.known = outcome(meters, "known");
        this.skipped = outcome(meters, "skipped");
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("newsriver.pipeline.documents").tag("outcome", outcome)
                .description("Documents through the pipeline: stored as new, already known, or skipped as unreadable")
                .register(meters);
    }

    /** Processes documents and emits each item the store took as new, with its id. */
    public Flux<Article> process(Flux<RawDocument> documents) {
        return documents
                .flatMap(this::cleanAndTag, parallelism)
                .transform(skipRepeats())
                .bufferTimeout(BATCH, BATCH_WAIT, true)
                .concatMap(this::dedupeAndStore);
    }

    /** Teaches de-duplication the newest stored items, so detection survives a restart. */
    public Mono<Void> warmUp(int items) {
        return store.recentFingerprints(items).collectList()
                .doOnNext(list -> {
                    for (int i = list.size() - 1; i >= 0; i--) {
                        dedupe.remember(list.get(i));
                    }
                    log.info("De-duplication remembers {} stored items", list.size());
                })
                .then();
    }

    private Mono<Article> cleanAndTag(RawDocument raw) {
        return Mono.fromCallable(() -> dedupe.fingerprint(tagger.tag(withIdentity(raw, cleaner.clean(raw)))))
                .subscribeOn(workers)
                .onErrorResume(e -> {
                    skipped.increment();
                    log.warn("Skipping {} from source {}: {}", raw.origin(), raw.source().id(), e.toString());
                    return Mono.empty();
                });
    }

    /** An identity for documents whose source gave none: their link, else where they were read. */
    private static Article withIdentity(RawDocument raw, Article a) {
        String guid = a.guid() != null ? a.guid() : a.url() != null ? a.url() : raw.origin();
        return a.toBuilder().guid(guid).build();
    }

    /**
     * When the item entered the river: the clock, but always later than the item before it, so that
     * ingestion times follow the store's order and no two items share one (feeds' "updated" stamps
     * must differ). Called one item at a time.
     */
    private Article stampIngested(Article a) {
        Instant now = clock.instant();
        Instant last = lastIngested;
        lastIngested = now.isAfter(last) ? now : last.plusMillis(1);
        return a.toBuilder().ingested(lastIngested).build();
    }

    /**
     * Drops a document seen moments ago with the same source, guid and text (a feed re-polled, a file
     * touched), before it costs a database round trip; it counts as already known. Bounded; the store's
     * unique keys stay the real guard.
     */
    private Function<Flux<Article>, Flux<Article>> skipRepeats() {
        return flux -> Flux.defer(() -> {
            java.util.Set<Object> recent = Collections.newSetFromMap(new LinkedHashMap<Object, Boolean>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Boolean> eldest) {
                    return size() > RECENT_KEYS;
                }
            });
            return flux.filter(a -> {
                boolean fresh = recent.add(a.source().id() + "\n" + a.guid() + "\n" + java.util.Objects.hashCode(a.text()));
                if (!fresh) {
                    known.increment();
                }
                return fresh;
            });
        });
    }

    /**
     * De-duplicates and stores a batch in one transaction, each item seeing the ones before it. If the
     * transaction fails, de-duplication forgets what it learnt from the batch and the batch is retried with
     * backoff for up to {@code storeRetryFor}, holding back the batches behind it: a database outage
     * shorter than that loses nothing.
     */
    private Flux<Article> dedupeAndStore(List<Article> batch) {
        List<Long> learnt = new ArrayList<>();
        long[] firstFailure = {0};
        return Flux.defer(() -> store.saveAllIfNew(batch, a -> dedupe.classify(stampIngested(a)), a -> {
                    learnt.add(a.id());
                    return dedupe.remember(a);
                }))
                .collectList()
                .doOnError(e -> {
                    learnt.forEach(dedupe::forget);
                    learnt.clear();
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(MAX_STORE_BACKOFF)
                        .filter(e -> {
                            long now = System.nanoTime();
                            firstFailure[0] = firstFailure[0] == 0 ? now : firstFailure[0];
                            return now - firstFailure[0] < storeRetryFor.toNanos();
                        })
                        .doBeforeRetry(s -> log.warn("Storing {} items failed (attempt {}), retrying: {}", batch.size(),
                                s.totalRetries() + 1, s.failure().toString())))
                .onErrorResume(e -> {
                    log.error("Giving up on storing {} items from {}: {}", batch.size(), batch.get(0).origin(), e.toString());
                    return Mono.just(List.of());
                })
                .doOnNext(taken -> {
                    stored.increment(taken.size());
                    known.increment(batch.size() - taken.size());
                })
                .flatMapIterable(taken -> taken);
    }

}
