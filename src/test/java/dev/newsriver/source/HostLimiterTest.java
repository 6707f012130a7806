package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class HostLimiterTest {

    private final HostLimiter limiter = new HostLimiter(2);
    private final AtomicInteger running = new AtomicInteger();
    private final List<Sinks.One<String>> started = new ArrayList<>();

    private Mono<String> job() {
        return Mono.defer(() -> {
            Sinks.One<String> done = Sinks.one();
            started.add(done);
            running.incrementAndGet();
            return done.asMono().doFinally(s -> running.decrementAndGet());
        });
    }

    @Test
    void atMostThePermittedFetchesRunPerHostAndTheRestFollowInTurn() {
        List<String> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            limiter.limit("a.example", job()).subscribe(results::add);
        }
        limiter.limit("b.example", job()).subscribe(results::add);

        assertThat(running).hasValue(3);                         // two on a.example, one on b.example
        started.get(0).tryEmitValue("a0");
        assertThat(running).hasValue(3);
        assertThat(started).hasSize(4);
        for (int i = 1; i < started.size(); i++) {
            started.get(i).tryEmitValue("x" + i);
        }
        for (int i = 4; i < started.size(); i++) {
            started.get(i).tryEmitValue("y" + i);
        }
        assertThat(results).hasSize(6);
        assertThat(running).hasValue(0);
    }

    @Test
    void aCancelledWaitGivesItsTurnBack() {
        limiter.limit("a.example", job()).subscribe();
        limiter.limit("a.example", job()).subscribe();
        Disposable waiting = limiter.limit("a.example", job()).subscribe();
        List<String> results = new ArrayList<>();
        limiter.limit("a.example", job()).subscribe(results::add);

        waiting.dispose();
        started.get(0).tryEmitValue("first");

        assertThat(started).hasSize(3);                          // the cancelled one never started
        started.get(2).tryEmitValue("last");
        assertThat(results).containsExactly("last");
    }
}
