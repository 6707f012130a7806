package dev.newsriver.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Lease claims on H2 and PostgreSQL, with a clock the test moves. */
class SourceLeasesTest {
    @TempDir
    Path dataDir;
    private StoreFixture db;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-06-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private SourceLeases instance(String name) {
        return new SourceLeases(db.client(), Schedulers.boundedElastic(), clock, name);
    }

    @AfterEach
    void close() {
        db.drop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void onlyOneInstanceHoldsALeaseUntilItExpires(String kind) {
        db = StoreFixture.of(kind, dataDir);
        SourceLeases a = instance("a");
        SourceLeases b = instance("b");
        assertThat(a.claim("feed", Duration.ofMinutes(5)).block()).isTrue();
        assertThat(b.claim("feed", Duration.ofMinutes(5)).block()).isFalse();
        now.set(now.get().plus(Duration.ofMinutes(4)));
        assertThat(a.claim("feed", Duration.ofMinutes(5)).block()).as("the holder renews").isTrue();
        now.set(now.get().plus(Duration.ofMinutes(6)));
        assertThat(b.claim("feed", Duration.ofMinutes(5)).block()).as("expired: taken over").isTrue();
        assertThat(a.claim("feed", Duration.ofMinutes(5)).block()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void instancesRacingForANewSourceGetOneWinner(String kind) {
        db = StoreFixture.of(kind, dataDir);
        List<Boolean> results = Flux.range(0, 8)
                .flatMap(i -> instance("i" + i).claim("new-feed", Duration.ofMinutes(5)).subscribeOn(Schedulers.parallel()))
                .collectList().block(Duration.ofSeconds(30));
        assertThat(results).containsOnlyOnce(true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aReleasedLeaseIsFreeAtOnce(String kind) {
        db = StoreFixture.of(kind, dataDir);
        instance("a").claim("feed", Duration.ofHours(1)).block();
        instance("a").release("feed").block();
        assertThat(instance("b").claim("feed", Duration.ofHours(1)).block()).isTrue();
    }
}
