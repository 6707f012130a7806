package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollPolicyTest {

    private static final Duration FALLBACK = Duration.ofMinutes(15);
    private final PollPolicy exact = new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofMinutes(1),
            Duration.ofHours(6), 0.1, () -> 0.5);

    private static PollHints published(Duration gap, int count) {
        Instant t = Instant.parse("2024-04-01T00:00:00Z");
        List<Instant> times = java.util.stream.IntStream.range(0, count).mapToObj(i -> t.plus(gap.multipliedBy(i))).toList();
        return new PollHints(null, null, null, times);
    }

    @Test
    void withoutAConfiguredIntervalTheIntervalFollowsTheItemFrequencyWithinBounds() {
        assertThat(exact.next(null, FALLBACK, published(Duration.ofHours(2), 10), 0)).isEqualTo(Duration.ofHours(2));
        assertThat(exact.next(null, FALLBACK, published(Duration.ofSeconds(30), 10), 0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(exact.next(null, FALLBACK, published(Duration.ofDays(3), 10), 0)).isEqualTo(Duration.ofHours(24));
        assertThat(exact.next(null, FALLBACK, PollHints.NONE, 0)).isEqualTo(FALLBACK);
    }

    @Test
    void cacheHeadersAndTtlPostponeThePollButNeverBeyondTheMaximum() {
        PollHints fresh = new PollHints(Duration.ofHours(1), Duration.ofMinutes(90), null, List.of());
        PollHints forever = new PollHints(Duration.ofDays(30), null, null, List.of());

        assertThat(exact.next(Duration.ofMinutes(10), FALLBACK, fresh, 0)).isEqualTo(Duration.ofMinutes(90));
        assertThat(exact.next(Duration.ofMinutes(10), FALLBACK, forever, 0)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCapAndHonourRetryAfter() {
        assertThat(exact.next(null, FALLBACK, PollHints.NONE, 1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(exact.next(null, FALLBACK, PollHints.NONE, 4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(exact.next(null, FALLBACK, PollHints.NONE, 40)).isEqualTo(Duration.ofHours(6));
        assertThat(exact.next(null, FALLBACK, PollHints.failed(Duration.ofMinutes(30)), 1)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jitterSpreadsDelaysWithinItsBand() {
        PollPolicy low = new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofHours(6), 0.1, () -> 0.0);
        PollPolicy high = new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofHours(6), 0.1, () -> 1.0);

        assertThat(low.next(Duration.ofMinutes(10), FALLBACK, PollHints.NONE, 0)).isEqualTo(Duration.ofMinutes(9));
        assertThat(high.next(Duration.ofMinutes(10), FALLBACK, PollHints.NONE, 0)).isEqualTo(Duration.ofMinutes(11));
    }
}
