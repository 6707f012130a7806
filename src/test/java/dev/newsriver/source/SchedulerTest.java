package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.Disposable;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class SchedulerTest {

    private static final SourceRef REF = new SourceRef("s", "S");
    private static final PollPolicy NO_JITTER = new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(24),
            Duration.ofMinutes(1), Duration.ofHours(6), 0.1, () -> 0.5);

    /** A source whose first {@code failures} passes fail, then each pass yields one document numbered by pass. */
    private static final class CountingSource implements Source {
        final AtomicInteger passes = new AtomicInteger();
        private final int failures;

        CountingSource(int failures) {
            this.failures = failures;
        }

        @Override
        public SourceRef ref() {
            return REF;
        }

        @Override
        public Flux<RawDocument> fetch() {
            return Flux.defer(() -> {
                int n = passes.incrementAndGet();
                if (n <= failures) {
                    return Flux.error(new FetchException("http://feed.example/: HTTP 503", 503, null, null));
                }
                return Flux.just(RawDocument.page(REF, "pass:" + n, RawDocument.Format.TEXT, "pass " + n));
            });
        }
    }

    private static SourceState state() {
        return new SourceState(new SourceConfig("s", SourceConfig.Type.FEED, "http://feed.example/", null, null, List.of(), 1),
                Clock.systemUTC());
    }

    @Test
    void aHealthySourceIsPolledOncePerConfiguredInterval() {
        Scheduler scheduler = new Scheduler(NO_JITTER, Duration.ofMinutes(15));
        CountingSource source = new CountingSource(0);

        StepVerifier.withVirtualTime(() -> scheduler.polls(source, state(), Duration.ofMinutes(10)).map(RawDocument::content).take(3))
                .expectSubscription()
                .expectNext("pass 1")
                .expectNoEvent(Duration.ofMinutes(10).minusSeconds(1))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext("pass 2")
                .thenAwait(Duration.ofMinutes(10))
                .expectNext("pass 3")
                .verifyComplete();
        assertThat(source.passes).hasValue(3);
    }

    @Test
    void failuresBackOffExponentiallyAndTheSourceIsPickedUpAgainWhenItRecovers() {
        Scheduler scheduler = new Scheduler(NO_JITTER, Duration.ofMinutes(15));
        CountingSource source = new CountingSource(3);
        SourceState state = state();

        StepVerifier.withVirtualTime(() -> scheduler.polls(source, state, Duration.ofMinutes(10)).map(RawDocument::content).take(2))
                .expectSubscription()
                .expectNoEvent(Duration.ofMinutes(1 + 2 + 4).minusSeconds(1))
                .then(() -> assertThat(state.snapshot().failures()).isEqualTo(3))
                .then(() -> assertThat(state.snapshot().interval()).isEqualTo(Duration.ofMinutes(4)))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext("pass 4")
                .then(() -> assertThat(state.snapshot().state()).isEqualTo("ok"))
                .thenAwait(Duration.ofMinutes(10))
                .expectNext("pass 5")
                .verifyComplete();
    }

    @Test
    void backoffIsCappedAndPollingNeverStops() {
        Scheduler scheduler = new Scheduler(NO_JITTER, Duration.ofMinutes(15));
        CountingSource source = new CountingSource(1000);

        StepVerifier.withVirtualTime(() -> scheduler.polls(source, state(), Duration.ofMinutes(10)))
                .expectSubscription()
                .thenAwait(Duration.ofDays(3))
                .thenCancel()
                .verify();
        // 1+2+4+…+256 min ≈ 8.5 h for the first 9 failures, then one poll per 6 h cap: still polling after 3 days
        assertThat(source.passes.get()).isBetween(9 + 10, 9 + 12);
    }

    @Test
    void aRefreshCutsTheWaitShort() {
        Scheduler scheduler = new Scheduler(NO_JITTER, Duration.ofMinutes(15));
        CountingSource source = new CountingSource(0);

        StepVerifier.withVirtualTime(() -> scheduler.polls(source, state(), Duration.ofHours(1)).map(RawDocument::content).take(2))
                .expectSubscription()
                .expectNext("pass 1")
                .thenAwait(Duration.ofMinutes(1))
                .then(() -> assertThat(scheduler.wake("s")).isTrue())
                .expectNext("pass 2")
                .verifyComplete();
        assertThat(scheduler.wake("s")).isFalse();
    }

    @Test
    void firstPollsAreSpreadOverTheInitialSpread() {
        PollPolicy late = new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofMinutes(1),
                Duration.ofHours(6), 0.1, () -> 0.75);
        Scheduler scheduler = new Scheduler(late, Duration.ofMinutes(15), Duration.ofSeconds(40));
        CountingSource source = new CountingSource(0);

        StepVerifier.withVirtualTime(() -> scheduler.polls(source, state(), Duration.ofMinutes(10)).take(1))
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(30).minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void aRefreshAskedDuringAPassIsNotLost() {
        Scheduler scheduler = new Scheduler(NO_JITTER, Duration.ofMinutes(15));
        CountingSource source = new CountingSource(0);

        StepVerifier.withVirtualTime(() -> scheduler.polls(source, state(), Duration.ofHours(1)).map(RawDocument::content).take(2))
                .expectSubscription()
                .expectNext("pass 1")
                .then(() -> scheduler.wake("s"))
                .expectNext("pass 2")
                .verifyComplete();
    }

    @Test
    void aFeedIsPolledOnlyWhileThisInstanceHoldsItsClaim() {
        List<Duration> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        Claims onlyTheFirst = (id, period) -> {
            asked.add(period);
            return reactor.core.publisher.Mono.just(asked.size() == 1);
        };
        Scheduler scheduler = new Scheduler(NO_JITTER, Duration.ofMinutes(15), Duration.ZERO, onlyTheFirst);
        SourceState state = state();
        SourceConfig c = new SourceConfig("sample", SourceConfig.Type.FEED, "file:feeds/samples/sahel.xml",
                Duration.ofMinutes(10), null, List.of(), 1);
        FeedSource feed = new FeedSource(c, java.nio.file.Path.of("").toAbsolutePath(), new HttpFetcher(FetchSettings.defaults()),
                new FeedParser(), 1 << 20, state(), new FetchMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));

        VirtualTimeScheduler clock = VirtualTimeScheduler.getOrSet();
        try {
            List<RawDocument> docs = new java.util.concurrent.CopyOnWriteArrayList<>();
            Disposable polling = scheduler.polls(feed, state, Duration.ofMinutes(10)).subscribe(docs::add);
            awaitPassEnd(state);
            clock.advanceTimeBy(Duration.ofHours(3));
            polling.dispose();

            assertThat(docs).hasSize(5);                                // only the first, claimed pass read the feed
            // at 0 the interval is the configured 10 min; the sample's <ttl>60</ttl> then stretches it to 1 h;
            // each claim asks for the interval plus a tenth as grace
            assertThat(asked).containsExactly(Duration.ofMinutes(11), Duration.ofMinutes(66), Duration.ofMinutes(66),
                    Duration.ofMinutes(66));
        } finally {
            VirtualTimeScheduler.reset();
        }
    }

    /** The file is read on another thread: wait (bounded) until the pass has ended and its pause is set. */
    private static void awaitPassEnd(SourceState state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (state.snapshot().nextPoll() == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
