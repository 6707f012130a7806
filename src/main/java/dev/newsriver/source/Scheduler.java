package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Polls each source forever on its own schedule ({@link PollPolicy}): one pass, a delay, the next
 * pass. A failed pass is logged with the source id and reason and backed off; it never ends the loop.
 * {@link #mayPoll(Source, Duration)} is the one place that decides whether a due source is taken (the hook for
 * multi-instance leases). Delays run on Reactor's parallel scheduler, so virtual time drives them in
 * tests. Thread-safe.
 */
public final class Scheduler {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final PollPolicy policy;
    private final Duration fallback;
    private final Duration initialSpread;
    private final Map<String, Waker> wakers = new ConcurrentHashMap<>();
    private final Claims claims;

    /** How a refresh reaches a source's loop: a flag for a pass in progress, a signal for a pause. */
    private record Waker(Sinks.Many<Boolean> signal, AtomicBoolean pending) {
        Mono<Long> pause(Duration delay) {
            if (pending.getAndSet(false)) {
                return Mono.just(0L);
            }
            return Mono.firstWithSignal(Mono.delay(delay), signal.asFlux().next().map(b -> 0L))
                    .doOnNext(x -> pending.set(false));
        }
    }

    /** A scheduler whose sources all start polling at once. */
    public Scheduler(PollPolicy policy, Duration fallback) {
        this(policy, fallback, Duration.ZERO);
    }

    /** A scheduler that spreads the first polls of its sources at random over {@code initialSpread}. */
    public Scheduler(PollPolicy policy, Duration fallback, Duration initialSpread) {
        this(policy, fallback, initialSpread, Claims.ALWAYS);
    }

    /** As {@link #Scheduler(PollPolicy, Duration, Duration)}, polling a feed only when {@code claims} grants it. */
    public Scheduler(PollPolicy policy, Duration fallback, Duration initialSpread, Claims claims) {
        this.policy = policy;
        this.fallback = fallback;
        this.initialSpread = initialSpread;
        this.claims = claims;
    }

    /** A never-ending stream of the documents of {@code source}, polled every {@code configured} (or adaptively when {@code null}). */
    Flux<RawDocument> polls(Source source, SourceState state, Duration configured) {
        Waker wake = new Waker(Sinks.many().multicast().directBestEffort(), new AtomicBoolean());
        Flux<RawDocument> cycle = Flux.defer(() -> pass(source, state, configured))
                .concatWith(Mono.defer(() -> pause(source, state, configured, wake)).thenMany(Flux.empty()));
        Mono<Long> start = initialSpread.isZero() ? Mono.just(0L)
                : Mono.delay(Duration.ofMillis((long) (initialSpread.toMillis() * policy.random().getAsDouble())));
        return start.thenMany(cycle.repeat())
                .doOnSubscribe(s -> wakers.put(source.ref().id(), wake))
                .doFinally(signal -> wakers.remove(source.ref().id(), wake));
    }

    /** Cuts the current delay of {@code id} short (after a pass in progress, the next starts at once); false when it is not polled. */
    boolean wake(String id) {
        Waker wake = wakers.get(id);
        if (wake == null) {
            return false;
        }
        wake.pending().set(true);
        wake.signal().tryEmitNext(Boolean.TRUE);
        return true;
    }

    /**
     * Whether this instance takes the due {@code source} now: a feed is claimed for its interval plus a
     * grace period, so the holder renews before anyone else may take it; a folder is always taken. When
     * the claim cannot be decided (database unreachable), the pass is skipped and tried again later.
     */
    Mono<Boolean> mayPoll(Source source, Duration configured) {
        if (!(source instanceof FeedSource feed)) {
            return Mono.just(true);
        }
        Duration interval = policy.interval(configured, fallback, feed.hints());
        Duration grace = interval.dividedBy(10).compareTo(Duration.ofSeconds(5)) > 0 ? interval.dividedBy(10)
                : Duration.ofSeconds(5);
        return claims.claim(source.ref().id(), interval.plus(grace))
                .onErrorResume(e -> {
                    log.warn("source {}: cannot claim it for polling: {}", source.ref().id(), e.getMessage());
                    return Mono.just(false);
                });
    }

    private Flux<RawDocument> pass(Source source, SourceState state, Duration configured) {
        return mayPoll(source, configured).flatMapMany(mine -> mine ? fetch(source, state) : Flux.empty());
    }

    private Flux<RawDocument> fetch(Source source, SourceState state) {
        return source.fetch()
                .doOnComplete(state::succeeded)
                .onErrorResume(e -> {
                    state.failed(e);
                    log.warn("source {}: poll failed ({} in a row): {}", source.ref().id(), state.failures(), e.getMessage());
                    return Flux.empty();
                });
    }

    private Mono<Long> pause(Source source, SourceState state, Duration configured, Waker wake) {
        PollHints hints = source instanceof FeedSource feed ? feed.hints() : PollHints.NONE;
        int failures = state.failures();
        Duration delay = policy.next(configured, fallback, hints, failures);
        state.scheduled(delay, failures == 0 ? policy.interval(configured, fallback, hints) : delay);
        return wake.pause(delay);
    }
}
